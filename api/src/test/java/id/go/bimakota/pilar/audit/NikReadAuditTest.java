package id.go.bimakota.pilar.audit;

import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Cases.newCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.pillar.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 19, point 6: lists mask every NIK for every role; a replay carrying a full NIK is audited like the first answer. */
@QuarkusTest
class NikReadAuditTest {

    static final String KOLO = Pillars.KOLO;

    private static int nikReads(String entityId) {
        return asAdmin().queryParam("action", "NIK_READ").queryParam("entityId", entityId).queryParam("limit", 200)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void aReplayedAnswerWithAFullNikIsAuditedLikeTheFirst() {
        Member psm = id.go.bimakota.pilar.support.Pillars.psm(KOLO);
        String nik = Pillars.nik();
        Map<String, Object> body = newCase(KOLO, "LANSIA_TELANTAR", nik);
        String key = UUID.randomUUID().toString();
        String id = as(psm.token()).header("Idempotency-Key", key).body(body).post("/api/v1/cases").then()
                .statusCode(201).body("subject.nik", equalTo(nik)).extract().path("id");
        assertEquals(1, nikReads(id));
        as(psm.token()).header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id)).body("subject.nik", equalTo(nik));
        assertEquals(2, nikReads(id));
        asAdmin().queryParam("action", "NIK_READ").queryParam("entityId", id).get("/api/v1/audit").then()
                .body("items[0].changedFields", equalTo(java.util.List.of("subject.nik")))
                .body("items[0].actorUsername", equalTo(psm.login().username()));
        // an answer without a full NIK is replayed without any audit row
        Map<String, Object> noNik = newCase(KOLO, "FAKIR_MISKIN", null);
        String other = UUID.randomUUID().toString();
        String plain = as(psm.token()).header("Idempotency-Key", other).body(noNik).post("/api/v1/cases").then()
                .statusCode(201).extract().path("id");
        as(psm.token()).header("Idempotency-Key", other).body(noNik).post("/api/v1/cases").then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertEquals(0, nikReads(plain));
    }

    @Test
    void aReplayedPillarCreationIsAuditedAndListsMaskForTheDinasToo() {
        String nik = Pillars.nik();
        Map<String, Object> body = Pillars.psm("Replay " + Pillars.token(), KOLO);
        body.put("nik", nik);
        String key = UUID.randomUUID().toString();
        String id = asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/pillars").then().statusCode(201)
                .body("nik", equalTo(nik)).extract().path("id");
        asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/pillars").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("nik", equalTo(nik));
        assertEquals(2, nikReads(id));
        asAdmin().queryParam("kelurahan", KOLO).queryParam("limit", 200).get("/api/v1/pillars").then().statusCode(200)
                .body("items.nik", hasItem(Nik.mask(nik))).body("items.nik", not(hasItem(nik)));
        asAdmin().queryParam("kelurahan", KOLO).queryParam("limit", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.subject.nik.findAll { it != null && !it.contains('*') }", org.hamcrest.Matchers.empty());
        assertEquals(2, nikReads(id), "a list reads no NIK in full");
    }
}
