package id.go.bimakota.pilar.pillar;

import static id.go.bimakota.pilar.pillar.Pillars.KOLO;
import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees a full NIK (ADMIN, audited), and what PILLAR and KELURAHAN users may do with the registry. */
@QuarkusTest
class PillarPrivacyTest {

    private static int nikReads(String pillarId) {
        return asAdmin().queryParam("action", "NIK_READ").queryParam("entityId", pillarId).queryParam("limit", 200)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    /** A pillar with a NIK and its own PILLAR login. */
    private record Member(String id, String nik, String token) {
        /** A fresh request each time: rest-assured specifications collect headers and bodies. */
        RequestSpecification as() {
            return Accounts.as(token);
        }
    }

    private static Member member(String name) {
        String nik = Pillars.nik();
        String username = "psm." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Pillars.psm(name, KOLO);
        body.put("nik", nik);
        body.put("account", Map.of("username", username, "password", PASSWORD));
        String id = Pillars.create(body);
        String token = Accounts.login(username, PASSWORD).accessToken();
        return new Member(id, nik, token);
    }

    @Test
    void adminSeesTheFullNikAndEveryReadIsAudited() {
        Member m = member("Fatimah " + Pillars.token());
        int before = nikReads(m.id());
        asAdmin().get("/api/v1/pillars/" + m.id()).then().statusCode(200).body("nik", equalTo(m.nik()));
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, nikReads(m.id()));
        // lists mask the NIK for every role, the Dinas included, so a list never reads one in full
        asAdmin().queryParam("q", "Fatimah").queryParam("limit", 200).get("/api/v1/pillars").then().statusCode(200)
                .body("items.nik", hasItem(Nik.mask(m.nik()))).body("items.nik", not(hasItem(m.nik())));
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, nikReads(m.id()));
        // the audit row names the field, never the value
        asAdmin().queryParam("action", "NIK_READ").queryParam("entityId", m.id()).get("/api/v1/audit").then()
                .body("items[0].changedFields", equalTo(List.of("nik"))).body("items[0].entityType", equalTo("Pillar"));
    }

    @Test
    void pillarsSeeTheDirectoryWithMaskedNiks() {
        Member m = member("Hadijah " + Pillars.token());
        int before = nikReads(m.id());
        m.as().get("/api/v1/pillars/" + m.id()).then().statusCode(200).body("nik", equalTo(Nik.mask(m.nik())));
        m.as().queryParam("q", "Hadijah").queryParam("limit", 200).get("/api/v1/pillars").then().statusCode(200)
                .body("items.nik", hasItem(Nik.mask(m.nik())));
        org.junit.jupiter.api.Assertions.assertEquals(before, nikReads(m.id()));
    }

    @Test
    void aPillarUpdatesOnlyTheirOwnPhoneAndEmail() {
        Member m = member("Suryani " + Pillars.token());
        Member other = member("Jamilah " + Pillars.token());
        String phone = Pillars.phone();
        m.as().header("If-Match", "\"0\"").body(Map.of("phone", phone, "email", "suryani@example.id"))
                .patch("/api/v1/pillars/" + m.id()).then().statusCode(200)
                .body("phone", equalTo(Pillars.e164(phone))).body("email", equalTo("suryani@example.id"))
                .body("nik", equalTo(Nik.mask(m.nik())));
        m.as().header("If-Match", "\"1\"").body(Map.of("fullName", "Suryani Baru"))
                .patch("/api/v1/pillars/" + m.id()).then().statusCode(403)
                .body("allowedFields", equalTo(List.of("phone", "email")));
        m.as().header("If-Match", "\"1\"").body(Map.of("kelurahanCodes", List.of(Pillars.PARUGA)))
                .patch("/api/v1/pillars/" + m.id()).then().statusCode(403);
        m.as().header("If-Match", "\"0\"").body(Map.of("phone", Pillars.phone()))
                .patch("/api/v1/pillars/" + other.id()).then().statusCode(403);
        m.as().body(Map.of("reason", "Ingin berhenti")).post("/api/v1/pillars/" + m.id() + "/deactivate").then()
                .statusCode(403);
        m.as().body(Pillars.psm("Teman Baru", KOLO)).post("/api/v1/pillars").then().statusCode(403);
    }

    @Test
    void kelurahanOfficersDoNotBrowseTheRegistry() {
        String id = Pillars.create(Pillars.psm("Maryam", KOLO));
        var officer = Accounts.as(Accounts.tokenOf("KELURAHAN"));
        officer.get("/api/v1/pillars").then().statusCode(403).contentType("application/problem+json");
        officer.get("/api/v1/pillars/" + id).then().statusCode(403);
        io.restassured.RestAssured.get("/api/v1/pillars/" + id).then().statusCode(401);
    }
}
