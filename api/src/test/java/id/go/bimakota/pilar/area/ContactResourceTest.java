package id.go.bimakota.pilar.area;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import id.go.bimakota.pilar.pillar.Pillars;
import id.go.bimakota.pilar.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {

    private static final String KOLO = Pillars.KOLO;
    private static final String PARUGA = Pillars.PARUGA;

    /** An RW number no other test uses, so one-head-per-neighbourhood checks do not collide. */
    private static int freshRw() {
        return 100 + ThreadLocalRandom.current().nextInt(900);
    }

    private static Map<String, Object> contact(String name, String position, Map<String, Object> place) {
        Map<String, Object> body = new HashMap<>(place);
        body.put("name", name);
        body.put("position", position);
        body.put("phone", Pillars.phone());
        return body;
    }

    private static String create(RequestSpecification as, String kelurahan, Map<String, Object> body) {
        return as.body(body).post("/api/v1/areas/kelurahan/" + kelurahan + "/contacts").then().statusCode(201)
                .extract().jsonPath().getString("id");
    }

    @Test
    void addsAnRtHeadShownAsRtRw() {
        int rw = freshRw();
        Map<String, Object> body = contact("Syamsuddin", "KETUA_RT", Map.of("rtRw", "RT 3 RW " + rw));
        String phone = (String) body.get("phone");
        var created = asAdmin().body(body).post("/api/v1/areas/kelurahan/" + KOLO + "/contacts").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("kelurahanCode", equalTo(KOLO)).body("position", equalTo("KETUA_RT"))
                .body("rt", equalTo("003")).body("rw", equalTo(String.valueOf(rw)))
                .body("rtRw", equalTo("003/" + rw)).body("phone", equalTo(Pillars.e164(phone)))
                .body("active", equalTo(true)).extract();
        String id = created.jsonPath().getString("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"),
                org.hamcrest.Matchers.endsWith("/api/v1/contacts/" + id));
        asAdmin().queryParam("position", "KETUA_RT").queryParam("limit", 200)
                .get("/api/v1/areas/kelurahan/" + KOLO + "/contacts").then().statusCode(200)
                .body("items.id", hasItems(id));
        // numbers as JSON numbers or zero-padded strings are the same
        asAdmin().body(contact("Ketua RT 4", "KETUA_RT", Map.of("rw", rw, "rt", "004")))
                .post("/api/v1/areas/kelurahan/" + KOLO + "/contacts").then().statusCode(201)
                .body("rtRw", equalTo("004/" + rw));
    }

    @Test
    void oneActiveHeadPerRtAndPerRw() {
        int rw = freshRw();
        String path = "/api/v1/areas/kelurahan/" + KOLO + "/contacts";
        String rtHead = create(asAdmin(), KOLO, contact("Ketua Pertama", "KETUA_RT", Map.of("rw", rw, "rt", 1)));
        asAdmin().body(contact("Ketua Kedua", "KETUA_RT", Map.of("rtRw", "001/" + rw))).post(path).then()
                .statusCode(409).contentType("application/problem+json").body("existingContactId", equalTo(rtHead));
        create(asAdmin(), KOLO, contact("Ketua RT Lain", "KETUA_RT", Map.of("rw", rw, "rt", 2)));
        // the same RW/RT in another kelurahan is another neighbourhood
        create(asAdmin(), PARUGA, contact("Ketua RT Paruga", "KETUA_RT", Map.of("rw", rw, "rt", 1)));
        String rwHead = create(asAdmin(), KOLO, contact("Ketua RW", "KETUA_RW", Map.of("rw", rw)));
        asAdmin().body(contact("Ketua RW Kedua", "KETUA_RW", Map.of("rw", String.valueOf(rw)))).post(path).then()
                .statusCode(409).body("existingContactId", equalTo(rwHead));
        // when the first steps down, the next may take over; inactive heads do not count
        asAdmin().header("If-Match", "\"0\"").body(Map.of("active", false)).patch("/api/v1/contacts/" + rtHead).then()
                .statusCode(200).body("active", equalTo(false)).header("ETag", equalTo("\"1\""));
        String next = create(asAdmin(), KOLO, contact("Ketua Kedua", "KETUA_RT", Map.of("rw", rw, "rt", 1)));
        asAdmin().header("If-Match", "\"1\"").body(Map.of("active", true)).patch("/api/v1/contacts/" + rtHead).then()
                .statusCode(409).body("existingContactId", equalTo(next));
    }

    @Test
    void rwAndRtFollowThePosition() {
        String path = "/api/v1/areas/kelurahan/" + KOLO + "/contacts";
        asAdmin().body(contact("Tanpa RT", "KETUA_RT", Map.of("rw", 2))).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("rt")));
        asAdmin().body(contact("Tanpa apa-apa", "KETUA_RT", Map.of())).post(path).then().statusCode(400)
                .body("errors.field", hasItems("rw", "rt"));
        asAdmin().body(contact("RW dengan RT", "KETUA_RW", Map.of("rw", 2, "rt", 1))).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("rt")));
        asAdmin().body(contact("Lurah ber-RW", "LURAH", Map.of("rw", 2))).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("rw")));
        asAdmin().body(contact("RT nol", "KETUA_RT", Map.of("rtRw", "000/002"))).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("rtRw")));
        asAdmin().body(contact("RT huruf", "KETUA_RT", Map.of("rw", "dua", "rt", 1))).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("rw")));
        Map<String, Object> badPhone = contact("Telepon Salah", "KASI_KESOS", Map.of());
        badPhone.put("phone", "0374");
        asAdmin().body(badPhone).post(path).then().statusCode(400).body("errors.field", equalTo(List.of("phone")));
        asAdmin().body(contact("Jabatan Aneh", "CAMAT", Map.of())).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("position"));
        asAdmin().body(contact("Kode Salah", "LURAH", Map.of())).post("/api/v1/areas/kelurahan/52.72.03.1099/contacts")
                .then().statusCode(404);
        asAdmin().body(contact("Kode Salah", "LURAH", Map.of())).post("/api/v1/areas/kelurahan/kolo/contacts")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        // a Kasi Kesos with a landline, and a posyandu cadre with only an RW, are fine
        Map<String, Object> landline = contact("Kasi Kesos", "KASI_KESOS", Map.of());
        landline.put("phone", "(0374) 43210");
        create(asAdmin(), KOLO, landline);
        create(asAdmin(), KOLO, contact("Kader Posyandu", "OTHER", Map.of("rw", 2)));
    }

    @Test
    void patchNeedsIfMatchAndRechecksThePosition() {
        int rw = freshRw();
        String id = create(asAdmin(), KOLO, contact("Abdul Haris", "KETUA_RT", Map.of("rw", rw, "rt", 5)));
        String path = "/api/v1/contacts/" + id;
        asAdmin().body(Map.of("name", "Abdul Haris, S.Pd")).patch(path).then().statusCode(428);
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Abdul Haris, S.Pd")).patch(path).then()
                .statusCode(200).body("name", equalTo("Abdul Haris, S.Pd")).body("version", equalTo(1));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Lama")).patch(path).then().statusCode(412)
                .body("current.name", equalTo("Abdul Haris, S.Pd"));
        // promoted to head of the RW: the RT goes, the RW stays
        asAdmin().header("If-Match", "\"1\"").body(Map.of("position", "KETUA_RW")).patch(path).then().statusCode(200)
                .body("position", equalTo("KETUA_RW")).body("rw", equalTo(String.valueOf(rw)))
                .body("rt", nullValue()).body("rtRw", nullValue());
        asAdmin().header("If-Match", "\"2\"").body(Map.of("position", "KETUA_RT")).patch(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("rt")));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "Siapa")).patch("/api/v1/contacts/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void kelurahanOfficersManageOnlyTheirOwnContacts() {
        String officer = Accounts.tokenOf("KELURAHAN"); // an officer of Kolo
        java.util.function.Supplier<RequestSpecification> as = () -> Accounts.as(officer);
        String own = create(as.get(), KOLO, contact("Lurah Kolo", "LURAH", Map.of()));
        as.get().header("If-Match", "\"0\"").body(Map.of("phone", Pillars.phone())).patch("/api/v1/contacts/" + own).then()
                .statusCode(200);
        as.get().get("/api/v1/areas/kelurahan/" + KOLO + "/contacts").then().statusCode(200);
        String foreign = create(asAdmin(), PARUGA, contact("Lurah Paruga", "LURAH", Map.of()));
        // another kelurahan's contacts are 404 to an officer, like its notices: the same answer as an unknown id
        as.get().body(contact("Lurah Paruga Palsu", "LURAH", Map.of())).post("/api/v1/areas/kelurahan/" + PARUGA + "/contacts")
                .then().statusCode(404).contentType("application/problem+json");
        as.get().get("/api/v1/areas/kelurahan/" + PARUGA + "/contacts").then().statusCode(404);
        String unknown = java.util.UUID.randomUUID().toString();
        as.get().header("If-Match", "\"0\"").body(Map.of("name", "Diubah")).patch("/api/v1/contacts/" + foreign).then()
                .statusCode(404).body("title", equalTo(as.get().header("If-Match", "\"0\"").body(Map.of("name", "Diubah"))
                        .patch("/api/v1/contacts/" + unknown).then().statusCode(404).extract().path("title")));
        as.get().delete("/api/v1/contacts/" + foreign).then().statusCode(404);
        asAdmin().get("/api/v1/areas/kelurahan/" + PARUGA + "/contacts").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(foreign));
        Accounts.as(Accounts.tokenOf("PILLAR")).get("/api/v1/areas/kelurahan/" + PARUGA + "/contacts").then().statusCode(200);
        Accounts.as(Accounts.tokenOf("PILLAR")).body(contact("Bukan Urusan Pilar", "LURAH", Map.of())).post("/api/v1/areas/kelurahan/" + KOLO + "/contacts")
                .then().statusCode(403);
        as.get().header("If-Match", "\"0\"").delete("/api/v1/contacts/" + own).then().statusCode(412);
        as.get().delete("/api/v1/contacts/" + own).then().statusCode(204);
        as.get().delete("/api/v1/contacts/" + own).then().statusCode(404);
    }

    @Test
    void theListIsOrderedByPositionThenNeighbourhoodAndPaged() {
        String kelurahan = "52.72.05.1010"; // Matakando: no other test writes here
        String rt2 = create(asAdmin(), kelurahan, contact("Zainal", "KETUA_RT", Map.of("rw", 1, "rt", 2)));
        String rt1 = create(asAdmin(), kelurahan, contact("Yusuf", "KETUA_RT", Map.of("rw", 1, "rt", 1)));
        String lurah = create(asAdmin(), kelurahan, contact("Lurah Matakando", "LURAH", Map.of()));
        String rw1 = create(asAdmin(), kelurahan, contact("Ketua RW 1", "KETUA_RW", Map.of("rw", 1)));
        String old = create(asAdmin(), kelurahan, contact("Sekretaris Lama", "SEKRETARIS_LURAH", Map.of()));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("active", false)).patch("/api/v1/contacts/" + old).then()
                .statusCode(200);
        String base = "/api/v1/areas/kelurahan/" + kelurahan + "/contacts";
        var first = asAdmin().queryParam("limit", 3).get(base).then().statusCode(200)
                .body("items.id", equalTo(List.of(lurah, old, rw1))).extract().jsonPath();
        asAdmin().queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor")).get(base).then()
                .statusCode(200).body("items.id", equalTo(List.of(rt1, rt2))).body("nextCursor", nullValue());
        asAdmin().queryParam("active", "true").get(base).then().body("items.id", equalTo(List.of(lurah, rw1, rt1, rt2)));
        asAdmin().queryParam("active", "ya").get(base).then().statusCode(400);
    }
}
