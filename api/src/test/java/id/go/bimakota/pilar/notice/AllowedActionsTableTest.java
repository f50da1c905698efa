package id.go.bimakota.pilar.notice;

import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.adminToken;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 22: {@code allowedActions} tells the truth. For every state of a notice, before and after the
 * visit's start, and for every kind of caller, each listed action is accepted when taken, and each
 * action not listed is refused and changes nothing (but for a pillar of the team joining again, which
 * is a no-op). Every attempt is on a notice of its own.
 */
@QuarkusTest
class AllowedActionsTableTest {

    static final String KOLO = "52.72.03.1004";
    static final List<String> ACTIONS = List.of("acknowledge", "request-reschedule", "reschedule", "cancel", "complete", "join");

    enum Stage { SUBMITTED, ACKNOWLEDGED, RESCHEDULE_REQUESTED, CANCELLED, COMPLETED }

    enum Caller { ADMIN, LEAD, OTHER_PILLAR, KELURAHAN }

    @Inject
    TestClock clock;

    static Member lead;
    static Member other;
    static String officer;

    /** The callers, made once for the table (on the first row, once the service is up). */
    private static synchronized void accounts() {
        if (lead == null) {
            lead = Pillars.psm(KOLO);
            other = Pillars.psm(KOLO);
            officer = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (boolean started : stage == Stage.COMPLETED ? new boolean[] {true} : new boolean[] {false, true}) {
                for (Caller caller : Caller.values()) {
                    rows.add(Arguments.of(stage, started, caller));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}, started={1}, {2}")
    @MethodSource("table")
    void listedActionsAreAcceptedAndOthersRefused(Stage stage, boolean started, Caller caller) {
        accounts();
        // Refusals change nothing, so every action not listed is tried on one notice; each listed one
        // is taken on a notice of its own in the same state.
        String path = noticeIn(stage, started);
        List<String> allowed = as(token(caller)).get(path).then().statusCode(200).extract().path("allowedActions");
        String row = stage + (started ? " (started)" : "") + " as " + caller + ", allowedActions " + allowed + ": ";
        for (String action : ACTIONS) {
            String target = allowed.contains(action) ? noticeIn(stage, started) : path;
            Map<String, Object> before = state(target);
            int status = as(token(caller)).body(body(action)).post(target + "/" + action).then().extract().statusCode();
            Map<String, Object> after = state(target);
            if (action.equals("join") && caller == Caller.LEAD && !List.of(Stage.CANCELLED, Stage.COMPLETED).contains(stage)) {
                // The one exception, by design: a pillar already in the team joining again (a retry) is
                // answered 200 and changes nothing, so it is not offered but not refused either.
                assertEquals(200, status, row + action);
                assertEquals(before, after, row + "joining again changed the notice");
            } else if (allowed.contains(action)) {
                assertEquals(200, status, row + action + " answered " + status);
            } else {
                assertEquals(true, status == 403 || status == 409, row + action + " is not listed, but answered " + status);
                assertEquals(before, after, row + "the refused " + action + " changed the notice");
            }
        }
    }

    /** A new notice in {@code stage}, with the service clock moved past its start if {@code started}. */
    private String noticeIn(Stage stage, boolean started) {
        clock.reset();
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String path = "/api/v1/notices/" + prepare(stage, start);
        if (started && stage != Stage.COMPLETED) {
            clock.advance(Duration.between(Instant.now(), start).plusMinutes(30));
        }
        return path;
    }

    /** What an action changes: the status, the team and the version. */
    private static Map<String, Object> state(String path) {
        Map<String, Object> notice = as(adminToken()).get(path).then().statusCode(200).extract().jsonPath().getMap("");
        return Map.of("status", notice.get("status"), "teamPillarIds", notice.get("teamPillarIds"),
                "version", notice.get("version"));
    }

    private String prepare(Stage stage, Instant start) {
        String id = NoticeFlowTest.file(lead.token(), NoticeFlowTest.notice(KOLO, start, start.plus(2, ChronoUnit.HOURS),
                "HOME_VISIT")).statusCode(201).extract().path("id");
        String path = "/api/v1/notices/" + id;
        switch (stage) {
            case SUBMITTED -> { }
            case ACKNOWLEDGED -> as(officer).body(body("acknowledge")).post(path + "/acknowledge").then().statusCode(200);
            case RESCHEDULE_REQUESTED -> as(officer).body(body("request-reschedule")).post(path + "/request-reschedule")
                    .then().statusCode(200);
            case CANCELLED -> as(lead.token()).body(body("cancel")).post(path + "/cancel").then().statusCode(200);
            case COMPLETED -> {
                clock.advance(Duration.between(Instant.now(), start).plusMinutes(30));
                as(lead.token()).body(body("complete")).post(path + "/complete").then().statusCode(200);
            }
        }
        return id;
    }

    private String token(Caller caller) {
        return switch (caller) {
            case ADMIN -> adminToken();
            case LEAD -> lead.token();
            case OTHER_PILLAR -> other.token();
            case KELURAHAN -> officer;
        };
    }

    /** A valid body for the action, with times ahead of the (possibly moved) service clock. */
    private Map<String, Object> body(String action) {
        Instant later = clock.instant().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return switch (action) {
            case "acknowledge" -> Map.of("acknowledgedBy", "Hj. Nurlaila, Kasi Kesos");
            case "request-reschedule" -> Map.of("proposedStart", later.toString(),
                    "proposedEnd", later.plus(2, ChronoUnit.HOURS).toString(), "reason", "Lurah rapat di kota");
            case "reschedule" -> Map.of("plannedStart", later.toString(), "plannedEnd", later.plus(2, ChronoUnit.HOURS).toString());
            case "cancel" -> Map.of("reason", "Cuaca buruk");
            case "complete" -> NoticeFlowTest.report();
            default -> Map.of();
        };
    }
}
