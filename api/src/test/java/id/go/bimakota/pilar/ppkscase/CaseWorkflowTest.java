package id.go.bimakota.pilar.ppkscase;

import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Cases.newCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseWorkflowTest {

    static final String KOLO = "52.72.03.1004";

    static String create(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getString("id");
    }

    static ValidatableResponse act(String token, String id, String action, String note, String referredTo) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action));
        if (note != null) {
            body.put("note", note);
        }
        if (referredTo != null) {
            body.put("referredTo", referredTo);
        }
        return as(token).body(body).post("/api/v1/cases/" + id + "/transitions").then();
    }

    @Test
    void aCaseGoesFromReportToClosureAndTheTimelineShowsEveryStep() {
        Member psm = Pillars.psm(KOLO);
        String id = as(psm.token()).body(newCase(KOLO, "LANSIA_TELANTAR", null)).post("/api/v1/cases").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/cases/"))
                .body("number", matchesPattern("PPKS-\\d{4}-\\d{6}"))
                .body("status", equalTo("REPORTED"))
                .body("leadPillarId", equalTo(psm.pillarId()))
                .body("source.phone", equalTo("+6281234567890"))
                .body("allowedActions", contains("verify", "reject", "withdraw"))
                .extract().jsonPath().getString("id");
        act(psm.token(), id, "verify", null, null).statusCode(200).body("status", equalTo("VERIFIED"))
                .body("allowedActions", contains("start-service"));
        act(psm.token(), id, "start-service", null, null).statusCode(200).body("status", equalTo("IN_SERVICE"));
        act(psm.token(), id, "refer", "Butuh perawatan medis", null).statusCode(400)
                .body("errors[0].field", equalTo("referredTo"));
        act(psm.token(), id, "refer", "Butuh perawatan medis", "RSUD Bima").statusCode(200)
                .body("status", equalTo("REFERRED")).body("referredTo", equalTo("RSUD Bima"));
        as(psm.token()).body(Map.of("text", "Keluarga dihubungi.")).post("/api/v1/cases/" + id + "/notes").then()
                .statusCode(201).body("type", equalTo("NOTE")).body("actor.username", equalTo(psm.login().username()));
        act(psm.token(), id, "start-service", null, null).statusCode(200).body("status", equalTo("IN_SERVICE"));
        act(psm.token(), id, "close", null, null).statusCode(400).body("errors[0].field", equalTo("note"));
        act(psm.token(), id, "close", "Sudah dirujuk ke panti, selesai.", null).statusCode(200)
                .body("status", equalTo("CLOSED")).body("allowedActions", contains("reopen"));

        act(psm.token(), id, "verify", null, null).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-state"))
                .body("currentState", equalTo("CLOSED"))
                .body("allowedActions", contains("reopen"));

        as(psm.token()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("items.type", contains("CREATED", "TRANSITION", "TRANSITION", "TRANSITION", "NOTE", "TRANSITION",
                        "TRANSITION"))
                .body("items.toStatus", contains("REPORTED", "VERIFIED", "IN_SERVICE", "REFERRED", null, "IN_SERVICE",
                        "CLOSED"))
                .body("items.actor.username", everyItem(equalTo(psm.login().username())))
                .body("items.at", everyItem(notNullValue()))
                .body("items[3].note", equalTo("Butuh perawatan medis"))
                .body("items[3].referredTo", equalTo("RSUD Bima"));
    }

    @Test
    void unknownActionAndMissingNotesAre400() {
        Member psm = Pillars.psm(KOLO);
        String id = create(psm.token(), newCase(KOLO, "FAKIR_MISKIN", null));
        act(psm.token(), id, "approve", null, null).statusCode(400).body("errors[0].field", equalTo("action"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("start-service"));
        act(psm.token(), id, "reject", " ", null).statusCode(400).body("errors[0].field", equalTo("note"));
        act(psm.token(), id, "REJECT", "Bukan PPKS", null).statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void onlyTheLeadActsAndSupportPillarsMayAddNotes() {
        Member lead = Pillars.psm(KOLO);
        Member support = Pillars.psm(KOLO);
        String id = create(lead.token(), newCase(KOLO, "PENYANDANG_DISABILITAS", null));
        as(lead.token()).body(Map.of("leadPillarId", lead.pillarId(), "supportPillarIds", List.of(support.pillarId())))
                .post("/api/v1/cases/" + id + "/assignment").then().statusCode(200)
                .body("supportPillarIds", contains(support.pillarId()));
        act(support.token(), id, "verify", null, null).statusCode(403).contentType("application/problem+json");
        as(support.token()).body(Map.of("text", "Saya ikut mendampingi.")).post("/api/v1/cases/" + id + "/notes")
                .then().statusCode(201);
        as(lead.token()).get("/api/v1/cases/" + id + "/timeline").then().statusCode(200)
                .body("items.type", contains("CREATED", "ASSIGNMENT", "NOTE"));
    }

    @Test
    void sameNikSameCategoryIs409AndAnotherCategoryIsFlagged() {
        Member psm = Pillars.psm(KOLO);
        String nik = "5272034507450001";
        String first = as(psm.token()).body(newCase(KOLO, "LANSIA_TELANTAR", nik)).post("/api/v1/cases").then()
                .statusCode(201).extract().jsonPath().getString("number");
        as(psm.token()).body(newCase(KOLO, "LANSIA_TELANTAR", nik)).post("/api/v1/cases").then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingCaseNumber", equalTo(first)).body("existingCaseId", notNullValue());
        as(psm.token()).body(newCase(KOLO, "FAKIR_MISKIN", nik)).post("/api/v1/cases").then().statusCode(201)
                .body("possibleDuplicates.number", contains(first));
    }

    @Test
    void invalidReportsAre400NamingTheField() {
        Member psm = Pillars.psm(KOLO);
        as(psm.token()).body(newCase(KOLO, "ANAK_NAKAL", null)).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("LANSIA_TELANTAR"));
        as(psm.token()).body(newCase(KOLO, "FAKIR_MISKIN", "5272031399450001")).post("/api/v1/cases").then()
                .statusCode(400).body("errors[0].field", equalTo("subject.nik"));
        as(psm.token()).body(newCase("52.72.03.1099", "FAKIR_MISKIN", null)).post("/api/v1/cases").then()
                .statusCode(400).body("errors[0].field", equalTo("address.kelurahanCode"));
        Map<String, Object> noSubject = newCase(KOLO, "FAKIR_MISKIN", null);
        noSubject.remove("subject");
        noSubject.put("urgency", "PANIC");
        as(psm.token()).body(noSubject).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("urgency"));
        noSubject.put("urgency", "NORMAL");
        as(psm.token()).body(noSubject).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", contains("subject"));
    }

    @Test
    void patchNeedsIfMatchAndStatusIsNotPatchable() {
        Member psm = Pillars.psm(KOLO);
        String id = create(psm.token(), newCase(KOLO, "FAKIR_MISKIN", null));
        as(psm.token()).body(Map.of("description", "baru")).patch("/api/v1/cases/" + id).then().statusCode(428);
        as(psm.token()).header("If-Match", "\"0\"").body(Map.of("status", "CLOSED")).patch("/api/v1/cases/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        as(psm.token()).header("If-Match", "\"0\"")
                .body(Map.of("description", "Sudah pindah ke RT 004", "address", Map.of("rt", 4)))
                .patch("/api/v1/cases/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("address.rt", equalTo(4)).body("address.rw", equalTo(2));
        as(psm.token()).header("If-Match", "\"0\"").body(Map.of("description", "lama")).patch("/api/v1/cases/" + id)
                .then().statusCode(412).body("current.version", equalTo(1));
        asAdmin().get("/api/v1/audit?entityId=" + id + "&action=CASE_UPDATED").then().statusCode(200)
                .body("items[0].changedFields", containsInAnyOrder("address.rt", "description"));
    }

    @Test
    void retryingACreationWithTheSameIdempotencyKeyCreatesOneCase() {
        Member psm = Pillars.psm(KOLO);
        Map<String, Object> body = newCase(KOLO, "KORBAN_BENCANA_ALAM", null);
        String key = "case-" + java.util.UUID.randomUUID();
        String first = as(psm.token()).header("Idempotency-Key", key).body(body).post("/api/v1/cases").then()
                .statusCode(201).extract().jsonPath().getString("number");
        as(psm.token()).header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("number", equalTo(first));
        as(psm.token()).queryParam("q", first).get("/api/v1/cases").then().statusCode(200).body("items", hasSize(1));
    }
}
