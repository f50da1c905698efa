package id.go.bimakota.pilar.notice;

import static id.go.bimakota.pilar.notice.NoticeFlowTest.KOLO;
import static id.go.bimakota.pilar.notice.NoticeFlowTest.file;
import static id.go.bimakota.pilar.notice.NoticeFlowTest.notice;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Cases.newCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import id.go.bimakota.pilar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, points 2 and 5: a notice links only cases its author may read, shows their ids only to
 * callers who may read them all (counts per category to the others), and a kelurahan reads a visit
 * report's structured fields but not its free text.
 */
@QuarkusTest
class NoticeCasePrivacyTest {

    static final String PARUGA = "52.72.01.1001";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void caseIdsAcceptOnlyReadableCasesAndTheSameAnswerForUnknownAndNotYours() {
        Member kolo = Pillars.psm(KOLO);
        Member paruga = Pillars.psm(PARUGA);
        String koloCase = create(kolo.token(), "LANSIA_TELANTAR");
        Instant start = lonelyStart();

        Response notYours = fileWith(paruga.token(), start, List.of(koloCase));
        Response unknown = fileWith(paruga.token(), start, List.of(UUID.randomUUID().toString()));
        notYours.then().statusCode(400).body("errors[0].field", equalTo("caseIds"));
        unknown.then().statusCode(400);
        assertEquals(unknown.path("errors").toString(), notYours.path("errors").toString());
        assertEquals(unknown.path("detail").toString(), notYours.path("detail").toString());

        Response filed = fileWith(paruga.token(), start, List.of());
        String own = filed.then().statusCode(201).extract().path("id");
        as(paruga.token()).header("If-Match", filed.header("ETag")).body(Map.of("caseIds", List.of(koloCase)))
                .patch("/api/v1/notices/" + own).then().statusCode(400).body("errors[0].field", equalTo("caseIds"));
        clock.advance(Duration.between(Instant.now(), start).plusMinutes(1));
        as(paruga.token()).body(report(List.of(koloCase))).post("/api/v1/notices/" + own + "/complete").then()
                .statusCode(400).body("errors[0].field", equalTo("caseIds"));
        as(kolo.token()).get("/api/v1/cases/" + koloCase + "/timeline").then().statusCode(200)
                .body("items.type", contains("CREATED"));
    }

    @Test
    void caseIdsOnlyForThoseWhoMayReadThemAllAndTheKelurahanReadsNoOutcome() {
        Member kolo = Pillars.psm(KOLO);
        Member paruga = Pillars.psm(PARUGA);
        String officer = Accounts.tokenOf("KELURAHAN"); // of Kolo
        String first = create(kolo.token(), "LANSIA_TELANTAR");
        String second = create(kolo.token(), "FAKIR_MISKIN");
        Instant start = lonelyStart();
        Response filed = fileWith(kolo.token(), start, List.of(first));
        String id = filed.then().statusCode(201).body("caseIds", contains(first)).extract().path("id");
        as(kolo.token()).header("If-Match", filed.header("ETag")).body(Map.of("caseIds", List.of(first, second)))
                .patch("/api/v1/notices/" + id).then().statusCode(200).body("caseIds", containsInAnyOrder(first, second));
        as(kolo.token()).get("/api/v1/cases/" + second + "/timeline").then()
                .body("items.action", contains(nullValue(), equalTo("notice-link")));

        clock.advance(Duration.between(Instant.now(), start).plusMinutes(1));
        as(kolo.token()).body(report(List.of(first))).post("/api/v1/notices/" + id + "/complete").then().statusCode(200)
                .body("visitReport.outcome", equalTo("RAHASIA tiga rumah")).body("visitReport.caseIds", containsInAnyOrder(first, second));

        for (String reader : List.of(paruga.token(), officer)) {
            as(reader).get("/api/v1/notices/" + id).then().statusCode(200)
                    .body("caseIds", nullValue())
                    .body("caseCountsByCategory", equalTo(Map.of("LANSIA_TELANTAR", 1, "FAKIR_MISKIN", 1)))
                    .body("visitReport.caseIds", nullValue())
                    .body("visitReport.householdsVisited", equalTo(3)).body("visitReport.followUpNeeded", equalTo(true));
            as(reader).queryParam("kelurahan", KOLO).queryParam("limit", 200).get("/api/v1/notices").then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.caseIds", nullValue())
                    .body("items.find { it.id == '" + id + "' }.caseCountsByCategory.FAKIR_MISKIN", equalTo(1));
        }
        as(officer).get("/api/v1/notices/" + id).then().body("visitReport.outcome", nullValue());
        Response officerList = as(officer).queryParam("limit", 200).get("/api/v1/notices");
        assertEquals(-1, officerList.asString().indexOf("RAHASIA"), "the list shows the kelurahan no outcome");
        as(paruga.token()).get("/api/v1/notices/" + id).then().body("visitReport.outcome", notNullValue());
        asAdmin().get("/api/v1/notices/" + id).then().body("caseIds", containsInAnyOrder(first, second))
                .body("caseCountsByCategory", nullValue());
    }

    /** Days ahead, at a random minute: no other test's visit to Kolo overlaps it. */
    private static Instant lonelyStart() {
        long minutes = java.util.concurrent.ThreadLocalRandom.current().nextLong(20 * 24 * 60);
        return Instant.now().plus(10, ChronoUnit.DAYS).plus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    }

    private static String create(String token, String category) {
        return as(token).body(newCase(KOLO, category, null)).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
    }

    private static Response fileWith(String token, Instant start, List<String> caseIds) {
        Map<String, Object> body = notice(KOLO, start, start.plus(2, ChronoUnit.HOURS), "HOME_VISIT");
        body.put("caseIds", caseIds);
        return as(token).body(body).post("/api/v1/notices");
    }

    private static Map<String, Object> report(List<String> caseIds) {
        Map<String, Object> report = new HashMap<>(Map.of("outcome", "RAHASIA tiga rumah", "householdsVisited", 3,
                "followUpNeeded", true));
        report.put("caseIds", caseIds);
        return report;
    }
}
