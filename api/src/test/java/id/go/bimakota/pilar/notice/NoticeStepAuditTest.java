package id.go.bimakota.pilar.notice;

import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import id.go.bimakota.pilar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: each workflow step of a notice is audited with the fields it changed, not a blanket
 * ["status"]: a reschedule names the new times, a join the team.
 */
@QuarkusTest
class NoticeStepAuditTest {

    static final String KOLO = "52.72.03.1004";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyStepIsAuditedWithTheFieldsItChanged() {
        Member lead = Pillars.psm(KOLO);
        Member other = Pillars.psm(KOLO);
        String officer = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String id = NoticeFlowTest.file(lead.token(), NoticeFlowTest.notice(KOLO, start, start.plus(2, ChronoUnit.HOURS),
                "HOME_VISIT")).statusCode(201).extract().path("id");
        String path = "/api/v1/notices/" + id;

        as(officer).body(Map.of("proposedStart", start.plus(1, ChronoUnit.DAYS).toString(),
                "proposedEnd", start.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString(),
                "reason", "Lurah rapat di kota")).post(path + "/request-reschedule").then().statusCode(200);
        assertEquals(List.of("proposedEnd", "proposedStart", "rescheduleReason", "status"), audited(id, "NOTICE_REQUEST_RESCHEDULE"));

        Instant moved = start.plus(1, ChronoUnit.DAYS);
        as(lead.token()).body(Map.of("plannedStart", moved.toString(), "plannedEnd", moved.plus(2, ChronoUnit.HOURS).toString()))
                .post(path + "/reschedule").then().statusCode(200);
        assertEquals(List.of("plannedEnd", "plannedStart", "status"), audited(id, "NOTICE_RESCHEDULE"));

        as(other.token()).post(path + "/join").then().statusCode(200);
        assertEquals(List.of("joinCount", "teamPillarIds"), audited(id, "NOTICE_JOIN"));

        as(officer).body(Map.of("acknowledgedBy", "Hj. Nurlaila, Kasi Kesos", "note", "RT 003 siap"))
                .post(path + "/acknowledge").then().statusCode(200);
        assertEquals(List.of("acknowledgedAt", "acknowledgedBy", "acknowledgementNote", "status"),
                audited(id, "NOTICE_ACKNOWLEDGE"));

        String cancelled = NoticeFlowTest.file(lead.token(), NoticeFlowTest.notice(KOLO, start, start.plus(1, ChronoUnit.HOURS),
                "HOME_VISIT")).statusCode(201).extract().path("id");
        as(lead.token()).body(Map.of("reason", "Cuaca buruk")).post("/api/v1/notices/" + cancelled + "/cancel").then()
                .statusCode(200);
        assertEquals(List.of("cancelReason", "status"), audited(cancelled, "NOTICE_CANCEL"));

        clock.advance(Duration.between(Instant.now(), moved).plusMinutes(5)); // the visit has started
        as(lead.token()).body(NoticeFlowTest.report()).post(path + "/complete").then().statusCode(200);
        assertEquals(List.of("completedAt", "followUpNeeded", "householdsVisited", "status", "visitOutcome"),
                audited(id, "NOTICE_COMPLETE"));

    }

    private static List<String> audited(String noticeId, String action) {
        List<List<String>> fields = asAdmin().queryParam("entityId", noticeId).queryParam("limit", 200)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.action == '" + action + "' }.changedFields");
        assertEquals(1, fields.size(), action + " audited once");
        return fields.get(0);
    }
}
