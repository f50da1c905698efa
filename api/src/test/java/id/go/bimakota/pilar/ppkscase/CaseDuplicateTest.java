package id.go.bimakota.pilar.ppkscase;

import static id.go.bimakota.pilar.ppkscase.CaseWorkflowTest.KOLO;
import static id.go.bimakota.pilar.ppkscase.CaseWorkflowTest.act;
import static id.go.bimakota.pilar.ppkscase.CaseWorkflowTest.create;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Cases.newCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.bimakota.pilar.pillar.Pillars;
import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 1: the duplicate check answers only about cases the reporter may read; outside that
 * scope it reveals nothing, never refuses, and leaves the report for the Dinas's duplicate review.
 */
@QuarkusTest
class CaseDuplicateTest {

    static final String PARUGA = Pillars.PARUGA;

    @Test
    void aMatchTheReporterMayNotReadIsNeverNamedNeverRefusesAndWaitsForTheDinas() {
        Member kolo = id.go.bimakota.pilar.support.Pillars.psm(KOLO);
        Member paruga = id.go.bimakota.pilar.support.Pillars.psm(PARUGA);
        String nik = Pillars.nik();
        String first = create(kolo.token(), newCase(KOLO, "KORBAN_TINDAK_KEKERASAN", nik));
        String firstNumber = asAdmin().get("/api/v1/cases/" + first).then().extract().path("number");

        // the Paruga pillar reports the same person, same category, in Kolo: it cannot read the first case
        Response hidden = as(paruga.token()).body(newCase(KOLO, "KORBAN_TINDAK_KEKERASAN", nik)).post("/api/v1/cases");
        hidden.then().statusCode(201).body("possibleDuplicates", empty()).body("duplicateReview", nullValue());
        assertFalse(hidden.asString().contains(first) || hidden.asString().contains(firstNumber), hidden.asString());
        // ... and the answer has exactly the shape of a report of a person nobody knows
        Response fresh = as(paruga.token()).body(newCase(KOLO, "KORBAN_TINDAK_KEKERASAN", Pillars.nik())).post("/api/v1/cases");
        assertEquals(shape(fresh), shape(hidden));
        assertEquals(hidden.header("ETag"), fresh.header("ETag"));
        String pending = hidden.path("id");
        String freshId = fresh.path("id");

        as(paruga.token()).get("/api/v1/cases/" + pending).then().statusCode(200).body("duplicateReview", nullValue());
        as(paruga.token()).queryParam("duplicateReview", "PENDING").get("/api/v1/cases").then().statusCode(403);
        asAdmin().get("/api/v1/cases/" + pending).then().statusCode(200).body("duplicateReview", equalTo("PENDING"));
        asAdmin().get("/api/v1/cases/" + freshId).then().body("duplicateReview", nullValue());
        asAdmin().queryParam("duplicateReview", "PENDING").queryParam("limit", 200).get("/api/v1/cases").then()
                .statusCode(200).body("items.id", hasItem(pending)).body("items.id", not(hasItem(freshId)))
                .body("items.duplicateReview", org.hamcrest.Matchers.everyItem(equalTo("PENDING")));
        asAdmin().queryParam("duplicateReview", "MAYBE").get("/api/v1/cases").then().statusCode(400);

        // the reporter of a case it may read still learns of the duplicate (409 naming it)
        as(kolo.token()).body(newCase(KOLO, "KORBAN_TINDAK_KEKERASAN", nik)).post("/api/v1/cases").then().statusCode(409)
                .body("existingCaseId", equalTo(first));
    }

    @Test
    void theDinasDecidesWithIfMatchAndTheHandlersSeeNoTraceOfTheReview() {
        Member kolo = id.go.bimakota.pilar.support.Pillars.psm(KOLO);
        Member paruga = id.go.bimakota.pilar.support.Pillars.psm(PARUGA);
        String nik = Pillars.nik();
        create(kolo.token(), newCase(KOLO, "FAKIR_MISKIN", nik));
        String distinct = create(paruga.token(), newCase(KOLO, "FAKIR_MISKIN", nik));
        String path = "/api/v1/cases/" + distinct + "/duplicate-review";
        Map<String, Object> notDuplicate = Map.of("decision", "NOT_DUPLICATE");

        asAdmin().body(notDuplicate).post(path).then().statusCode(428);
        asAdmin().header("If-Match", "\"7\"").body(notDuplicate).post(path).then().statusCode(412);
        asAdmin().header("If-Match", "\"0\"").body(Map.of("decision", "DUPLICATE")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as(paruga.token()).header("If-Match", "\"0\"").body(notDuplicate).post(path).then().statusCode(403);
        asAdmin().header("If-Match", "\"0\"").body(notDuplicate).post(path).then().statusCode(200)
                .body("duplicateReview", equalTo("NOT_DUPLICATE")).body("version", equalTo(0)).body("status", equalTo("REPORTED"));
        asAdmin().header("If-Match", "\"0\"").body(notDuplicate).post(path).then().statusCode(409);
        as(paruga.token()).get("/api/v1/cases/" + distinct).then().body("version", equalTo(0))
                .body("duplicateReview", nullValue());
        as(paruga.token()).get("/api/v1/cases/" + distinct + "/timeline").then().body("items.type", contains("CREATED"));

        String nik2 = Pillars.nik();
        create(kolo.token(), newCase(KOLO, "FAKIR_MISKIN", nik2));
        String junk = create(paruga.token(), newCase(KOLO, "FAKIR_MISKIN", nik2));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("decision", "DUPLICATE", "note", "Sudah dilaporkan."))
                .post("/api/v1/cases/" + junk + "/duplicate-review").then().statusCode(200)
                .body("duplicateReview", equalTo("DUPLICATE")).body("status", equalTo("REJECTED"));
        asAdmin().header("If-Match", "\"0\"").body(notDuplicate).post("/api/v1/cases/" + create(kolo.token(),
                newCase(KOLO, "FAKIR_MISKIN", null)) + "/duplicate-review").then().statusCode(409);
    }

    @Test
    void nameAndBirthDateAlsoMatchWithinScopeOnlyAndNeverRefuse() {
        Member kolo = id.go.bimakota.pilar.support.Pillars.psm(KOLO);
        Member paruga = id.go.bimakota.pilar.support.Pillars.psm(PARUGA);
        Map<String, Object> person = withBirthDate(newCase(KOLO, "LANSIA_TELANTAR", null), "Wa Ode Ngkasi " + Pillars.nik());
        String first = create(kolo.token(), person);
        as(kolo.token()).body(person).post("/api/v1/cases").then().statusCode(201)
                .body("possibleDuplicates.id", contains(first));
        String hidden = create(paruga.token(), person);
        asAdmin().get("/api/v1/cases/" + hidden).then().body("duplicateReview", equalTo("PENDING"));
    }

    @Test
    void theReporterMayWithdrawWhileReportedAndNoOneElse() {
        Member lead = id.go.bimakota.pilar.support.Pillars.psm(KOLO);
        Member other = id.go.bimakota.pilar.support.Pillars.psm(KOLO);
        String officer = Accounts.tokenOf("KELURAHAN");
        Map<String, Object> byOfficer = newCase(KOLO, "ANAK_TELANTAR", null);
        byOfficer.put("source", Map.of("kind", "KELURAHAN", "name", "Kasi Kesos"));
        String reported = as(officer).body(byOfficer).post("/api/v1/cases").then().statusCode(201)
                .body("allowedActions", contains("withdraw")).extract().path("id");
        asAdmin().get("/api/v1/cases/" + reported).then().body("allowedActions", contains("verify", "reject"));
        act(officer, reported, "withdraw", "Salah lapor", null).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("allowedActions", empty());
        act(officer, reported, "withdraw", null, null).statusCode(409).body("currentState", equalTo("WITHDRAWN"));

        String verified = create(lead.token(), newCase(KOLO, "ANAK_TELANTAR", null));
        act(other.token(), verified, "withdraw", null, null).statusCode(403);
        act(lead.token(), verified, "verify", null, null).statusCode(200).body("allowedActions", not(hasItem("withdraw")));
        act(lead.token(), verified, "withdraw", null, null).statusCode(409);
    }

    /** Prints the figure; the guarantee is structural (the same two queries), a loaded machine is too noisy to assert on. */
    @Test
    void aHiddenMatchTakesAsLongAsNoMatch() {
        Member kolo = id.go.bimakota.pilar.support.Pillars.psm(KOLO);
        Member paruga = id.go.bimakota.pilar.support.Pillars.psm(PARUGA);
        int rounds = 15;
        long[] hidden = new long[rounds];
        long[] fresh = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            String nik = Pillars.nik();
            create(kolo.token(), newCase(KOLO, "FAKIR_MISKIN", nik));
            hidden[i] = timed(paruga.token(), newCase(KOLO, "FAKIR_MISKIN", nik));
            fresh[i] = timed(paruga.token(), newCase(KOLO, "FAKIR_MISKIN", Pillars.nik()));
        }
        System.out.printf("DUPLICATE CHECK median creation: hidden match %.1f ms, no match %.1f ms (%d rounds)%n",
                median(hidden), median(fresh), rounds);
    }

    private static long timed(String token, Map<String, Object> body) {
        long start = System.nanoTime();
        as(token).body(body).post("/api/v1/cases").then().statusCode(201);
        return System.nanoTime() - start;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static Map<String, Object> withBirthDate(Map<String, Object> body, String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = new java.util.HashMap<>((Map<String, Object>) body.get("subject"));
        subject.put("fullName", name);
        subject.put("birthDate", "1950-03-01");
        subject.remove("estimatedAge");
        body.put("subject", subject);
        return body;
    }

    /** Every JSON path of the answer with a value, values aside. */
    private static Set<String> shape(Response answer) {
        Set<String> paths = new TreeSet<>();
        collect("", new JsonPath(answer.asString()).getMap(""), paths);
        return paths;
    }

    @SuppressWarnings("unchecked")
    private static void collect(String prefix, Object value, Set<String> paths) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(prefix + "." + k, v, paths));
        } else if (value instanceof List<?> list) {
            paths.add(prefix + "[" + list.size() + "]");
        } else if (value != null) {
            paths.add(prefix);
        }
    }
}
