package id.go.bimakota.pilar.pillar;

import static id.go.bimakota.pilar.pillar.Pillars.ASAKOTA;
import static id.go.bimakota.pilar.pillar.Pillars.JATIWANGI;
import static id.go.bimakota.pilar.pillar.Pillars.KOLO;
import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import id.go.bimakota.pilar.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PillarResourceTest {

    @Test
    void registersAPillarWithNormalisedPhoneLocationAndEtag() {
        String phone = Pillars.phone();
        String nik = Pillars.nik();
        Map<String, Object> body = Pillars.psm("Siti Aminah", JATIWANGI, KOLO, KOLO);
        body.put("phone", phone.substring(0, 4) + "-" + phone.substring(4, 8) + " " + phone.substring(8));
        body.put("nik", nik);
        body.put("gender", "P");
        body.put("email", "siti.aminah@example.id");
        body.put("joinedOn", "2021-03-15");
        var created = asAdmin().body(body).post("/api/v1/pillars").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("phone", equalTo(Pillars.e164(phone)))
                .body("nik", equalTo(nik))
                .body("status", equalTo("ACTIVE"))
                .body("kelurahanCodes", contains(JATIWANGI, KOLO))
                .body("kecamatanCode", nullValue())
                .extract();
        String id = created.jsonPath().getString("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/pillars/" + id));
        asAdmin().get("/api/v1/pillars/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("fullName", equalTo("Siti Aminah")).body("joinedOn", equalTo("2021-03-15"))
                .body("gender", equalTo("P")).body("email", equalTo("siti.aminah@example.id"));
    }

    @Test
    void invalidFieldsAre400NamingEachField() {
        Map<String, Object> body = Pillars.psm("Nama Uji", KOLO);
        body.put("nik", "5272033102900001"); // 31 February
        body.put("phone", "12345");
        body.put("kelurahanCodes", List.of("52.72.03.1099"));
        asAdmin().body(body).post("/api/v1/pillars").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItems("nik", "phone", "kelurahanCodes"));
        Map<String, Object> malformedCode = Pillars.psm("Nama Uji", "52.72.3.1004");
        asAdmin().body(malformedCode).post("/api/v1/pillars").then().statusCode(400)
                .body("errors.field", equalTo(List.of("kelurahanCodes")));
        asAdmin().body(Map.of()).post("/api/v1/pillars").then().statusCode(400)
                .body("errors.field", hasItems("fullName", "type", "phone"));
        Map<String, Object> badType = Pillars.pillar("Nama Uji", "RELAWAN", Map.of());
        asAdmin().body(badType).post("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("PENDAMPING_SOSIAL"));
    }

    @Test
    void eachTypeNeedsItsOwnKindOfAssignment() {
        assertAssignmentError(Pillars.pillar("PSM tanpa kelurahan", "PSM", Map.of()), "kelurahanCodes");
        assertAssignmentError(Pillars.pillar("Pendamping tanpa kelurahan", "PENDAMPING_SOSIAL",
                Map.of("kelurahanCodes", List.of())), "kelurahanCodes");
        assertAssignmentError(Pillars.pillar("PSM dengan kecamatan", "PSM",
                Map.of("kelurahanCodes", List.of(KOLO), "kecamatanCode", ASAKOTA)), "kecamatanCode");
        assertAssignmentError(Pillars.pillar("TKSK tanpa kecamatan", "TKSK", Map.of()), "kecamatanCode");
        assertAssignmentError(Pillars.pillar("TKSK dengan kelurahan", "TKSK",
                Map.of("kecamatanCode", ASAKOTA, "kelurahanCodes", List.of(KOLO))), "kelurahanCodes");
        assertAssignmentError(Pillars.pillar("TKSK kecamatan asing", "TKSK", Map.of("kecamatanCode", "52.72.09")),
                "kecamatanCode");
        assertAssignmentError(Pillars.pillar("Tagana dengan kelurahan", "TAGANA",
                Map.of("kelurahanCodes", List.of(KOLO))), "kelurahanCodes");
        // city-wide with and without a home kecamatan are both fine
        Pillars.create(Pillars.cityWide("Tagana Kota", "TAGANA"));
        Pillars.create(Pillars.pillar("Pordam Asakota", "PORDAM", Map.of("kecamatanCode", ASAKOTA)));
    }

    private static void assertAssignmentError(Map<String, Object> body, String field) {
        asAdmin().body(body).post("/api/v1/pillars").then().statusCode(400)
                .body("errors.field", equalTo(List.of(field)));
    }

    @Test
    void duplicateNikOrPhoneIs409NamingTheField() {
        Map<String, Object> first = Pillars.tksk("Ahmad Yani", ASAKOTA);
        String nik = Pillars.nik();
        first.put("nik", nik);
        Pillars.create(first);
        Map<String, Object> sameNik = Pillars.tksk("Ahmad Yani Kedua", ASAKOTA);
        sameNik.put("nik", nik);
        asAdmin().body(sameNik).post("/api/v1/pillars").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/conflict"))
                .body("errors.field", equalTo(List.of("nik")));
        // the same number written another way is the same phone
        String local = (String) first.get("phone");
        Map<String, Object> samePhone = Pillars.tksk("Pemilik Nomor Sama", ASAKOTA);
        samePhone.put("phone", "+62 " + local.substring(1, 4) + "-" + local.substring(4));
        asAdmin().body(samePhone).post("/api/v1/pillars").then().statusCode(409)
                .body("errors.field", equalTo(List.of("phone")));
    }

    @Test
    void patchNeedsIfMatchAndRejectsStaleVersions() {
        String id = Pillars.create(Pillars.psm("Rahmawati", KOLO));
        String path = "/api/v1/pillars/" + id;
        asAdmin().body(Map.of("email", "rahma@example.id")).patch(path).then().statusCode(428)
                .contentType("application/problem+json");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("email", "rahma@example.id", "kelurahanCodes",
                List.of(JATIWANGI))).patch(path).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("email", equalTo("rahma@example.id")).body("kelurahanCodes", equalTo(List.of(JATIWANGI)));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("fullName", "Rahmawati Lama")).patch(path).then()
                .statusCode(412).body("current.version", equalTo(1)).body("current.fullName", equalTo("Rahmawati"));
        asAdmin().header("If-Match", "\"1\"").body(Map.of("kecamatanCode", ASAKOTA)).patch(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("kecamatanCode")));
        // a PSM who becomes TKSK leaves their kelurahan behind
        asAdmin().header("If-Match", "\"1\"").body(Map.of("type", "TKSK", "kecamatanCode", ASAKOTA, "email", ""))
                .patch(path).then().statusCode(200).body("type", equalTo("TKSK"))
                .body("kelurahanCodes", equalTo(List.of())).body("kecamatanCode", equalTo(ASAKOTA))
                .body("email", nullValue()).body("version", equalTo(2));
    }

    @Test
    void deactivateAndReactivateAreActionsWithStateRules() {
        String id = Pillars.create(Pillars.psm("Pendamping Pindahan", KOLO));
        String path = "/api/v1/pillars/" + id;
        asAdmin().body(Map.of()).post(path + "/deactivate").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        asAdmin().body(Map.of("reason", "Pindah tugas ke Kabupaten Dompu", "transferredOut", true))
                .post(path + "/deactivate").then().statusCode(200)
                .body("status", equalTo("TRANSFERRED_OUT")).body("statusReason", equalTo("Pindah tugas ke Kabupaten Dompu"));
        asAdmin().body(Map.of("reason", "Lagi")).post(path + "/deactivate").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-state"))
                .body("currentState", equalTo("TRANSFERRED_OUT"))
                .body("allowedActions", equalTo(List.of("reactivate")));
        asAdmin().post(path + "/reactivate").then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("statusReason", nullValue());
        asAdmin().post(path + "/reactivate").then().statusCode(409).body("allowedActions", equalTo(List.of("deactivate")));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("reason", "Berhenti")).post(path + "/deactivate").then()
                .statusCode(412);
        asAdmin().body(Map.of("reason", "Berhenti")).post(path + "/deactivate").then().statusCode(200)
                .body("status", equalTo("INACTIVE"));
        asAdmin().get("/api/v1/pillars/" + UUID.randomUUID()).then().statusCode(404);
        asAdmin().get("/api/v1/pillars/bukan-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void createsTheLinkedAccountInTheSameRequest() {
        String username = "ps." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Pillars.psm("Nurhasanah", KOLO);
        body.put("account", Map.of("username", username, "password", PASSWORD));
        String id = Pillars.create(body);
        Accounts.Login login = Accounts.login(username, PASSWORD);
        Accounts.as(login.accessToken()).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("PILLAR")).body("pillarId", equalTo(id));
        // a taken username undoes the whole request: no pillar without its account
        Map<String, Object> again = Pillars.psm("Nurhasanah Kedua", KOLO);
        again.put("account", Map.of("username", username, "password", PASSWORD));
        asAdmin().body(again).post("/api/v1/pillars").then().statusCode(409);
        asAdmin().queryParam("q", "Nurhasanah Kedua").get("/api/v1/pillars").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void accountsLinkOnlyToExistingPillars() {
        Map<String, Object> user = new HashMap<>(Map.of("username", "pilar." + UUID.randomUUID().toString().substring(0, 8),
                "displayName", "Pilar Uji", "role", "PILLAR", "password", PASSWORD,
                "pillarId", UUID.randomUUID().toString()));
        asAdmin().body(user).post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("pillarId"));
        user.put("pillarId", Pillars.create(Pillars.cityWide("Pordam Berakun", "PORDAM")));
        asAdmin().body(user).post("/api/v1/users").then().statusCode(201);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnePillar() {
        String token = Pillars.token();
        Map<String, Object> body = Pillars.psm("Retry " + token, KOLO);
        String key = UUID.randomUUID().toString();
        String first = asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/pillars").then()
                .statusCode(201).extract().jsonPath().getString("id");
        asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/pillars").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        asAdmin().queryParam("q", token).get("/api/v1/pillars").then().statusCode(200)
                .body("items.id", equalTo(List.of(first)));
    }
}
