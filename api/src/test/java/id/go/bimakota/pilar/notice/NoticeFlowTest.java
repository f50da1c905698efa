package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoticeFlowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static final String KOLO = "52.72.03.1004";

    static Map<String, Object> notice(String kelurahan, Instant start, Instant end, String purpose) {
        return new HashMap<>(Map.of("kelurahanCode", kelurahan, "rw", 2, "rt", 3,
                "location", "Rumah Ketua RT 003", "plannedStart", start.toString(), "plannedEnd", end.toString(),
                "purpose", purpose, "description", "Asesmen lansia", "requestsToKelurahan", "Mohon didampingi Ketua RT 003"));
    }

    static ValidatableResponse file(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/notices").then();
    }

    @Test
    void theWholeCoordinationFlowWorksThroughTheApi() {
        Member psm = Pillars.psm(KOLO);
        Member tksk = Pillars.register("TKSK", null, "52.72.03");
        String officer = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        Instant start = Instant.now().plus(30, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

        String first = file(psm.token(), notice(KOLO, start, start.plus(3, ChronoUnit.HOURS), "HOME_VISIT"))
                .statusCode(201)
                .body("number", matchesPattern("KL-\\d{4}-\\d{6}"))
                .body("status", equalTo("SUBMITTED"))
                .body("leadPillarId", equalTo(psm.pillarId()))
                .body("contactPhone", equalTo(psm.phone()))
                .body("shortNotice", equalTo(false))
                // complete only once the visit has started (issue 22: allowedActions lists what would be accepted now)
                .body("allowedActions", containsInAnyOrder("cancel"))
                .extract().jsonPath().getString("id");
        String second = file(tksk.token(), notice(KOLO, start.plus(1, ChronoUnit.HOURS), start.plus(5, ChronoUnit.HOURS),
                "VERIFICATION")).statusCode(201)
                .body("overlaps.id", contains(first))
                .body("overlaps[0].leadPillarName", equalTo(psm.fullName()))
                .body("overlaps[0].leadPillarPhone", equalTo(psm.phone()))
                .body("allowedActions", hasItem("cancel"))
                .extract().jsonPath().getString("id");
        as(tksk.token()).post("/api/v1/notices/" + first + "/join").then().statusCode(200)
                .body("teamPillarIds", hasItem(tksk.pillarId()))
                .body("history.action", contains("submit", "join"));

        as(officer).queryParam("limit", 200).get("/api/v1/notices").then().statusCode(200)
                .body("items.id", hasItem(first)).body("items.id", hasItem(second))
                .body("items.kelurahanCode", everyItem(equalTo(KOLO)));
        as(officer).body(Map.of("acknowledgedBy", "H. Abdul Rahman, Lurah Kolo", "note", "RT 003 siap"))
                .post("/api/v1/notices/" + first + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.acknowledgedBy", equalTo("H. Abdul Rahman, Lurah Kolo"));
        as(officer).body(Map.of("proposedStart", start.plus(2, ChronoUnit.DAYS).toString(),
                        "proposedEnd", start.plus(2, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString(),
                        "reason", "Ada posyandu"))
                .post("/api/v1/notices/" + second + "/request-reschedule").then().statusCode(200)
                .body("status", equalTo("RESCHEDULE_REQUESTED"))
                .body("rescheduleRequest.reason", equalTo("Ada posyandu"));
        as(officer).body(Map.of("acknowledgedBy", "Lurah")).post("/api/v1/notices/" + second + "/acknowledge").then()
                .statusCode(409).body("currentState", equalTo("RESCHEDULE_REQUESTED"))
                .body("allowedActions", empty());

        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS);
        as(tksk.token()).body(Map.of("plannedStart", soon.toString(), "plannedEnd", soon.plusSeconds(3600).toString()))
                .post("/api/v1/notices/" + second + "/reschedule").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("shortNotice", equalTo(true))
                .body("awaitingAcknowledgement", equalTo(true));
        as(tksk.token()).body(report()).post("/api/v1/notices/" + second + "/complete").then().statusCode(409);
        clock.advance(Duration.ofMinutes(61)); // the visit has started
        as(tksk.token()).body(report()).post("/api/v1/notices/" + second + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedWithoutAcknowledgement", equalTo(true))
                .body("visitReport.householdsVisited", equalTo(3))
                .body("history.action", contains("submit", "request-reschedule", "reschedule", "complete"));
    }

    @Test
    void anotherKelurahanCannotSeeOrAnswerKolosNotices() {
        Member psm = Pillars.psm(KOLO);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        String id = file(psm.token(), notice(KOLO, start, start.plusSeconds(3600), "ASSESSMENT")).statusCode(201)
                .extract().jsonPath().getString("id");
        String paruga = Accounts.newUser("KELURAHAN", "52.72.01.1001").accessToken();
        as(paruga).get("/api/v1/notices/" + id).then().statusCode(404);
        as(paruga).body(Map.of("acknowledgedBy", "Lurah Paruga")).post("/api/v1/notices/" + id + "/acknowledge")
                .then().statusCode(404);
        as(paruga).queryParam("kelurahan", KOLO).get("/api/v1/notices").then().statusCode(200).body("items", empty());
        as(paruga).queryParam("date", start.toString().substring(0, 10)).get("/api/v1/agenda").then().statusCode(200)
                .body("kecamatan.kelurahan.flatten().code", everyItem(equalTo("52.72.01.1001")));
    }

    @Test
    void invalidNoticesAre400NamingTheField() {
        Member psm = Pillars.psm(KOLO);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        file(psm.token(), notice(KOLO, Instant.now().minus(1, ChronoUnit.HOURS), start, "HOME_VISIT")).statusCode(400)
                .body("errors[0].field", equalTo("plannedStart"));
        file(psm.token(), notice(KOLO, start, start.minusSeconds(60), "HOME_VISIT")).statusCode(400)
                .body("errors[0].field", equalTo("plannedEnd"));
        file(psm.token(), notice(KOLO, start, start.plus(13, ChronoUnit.HOURS), "HOME_VISIT")).statusCode(400)
                .body("errors[0].field", equalTo("plannedEnd"));
        file(psm.token(), notice("52.72.03.1099", start, start.plusSeconds(60), "HOME_VISIT")).statusCode(400)
                .body("errors[0].field", equalTo("kelurahanCode"));
        file(psm.token(), notice(KOLO, start, start.plusSeconds(60), "PICNIC")).statusCode(400)
                .body("errors[0].field", equalTo("purpose"));
        Map<String, Object> unknownCase = notice(KOLO, start, start.plusSeconds(60), "HOME_VISIT");
        unknownCase.put("caseIds", List.of(java.util.UUID.randomUUID().toString()));
        file(psm.token(), unknownCase).statusCode(400).body("errors[0].field", equalTo("caseIds"));
        String officer = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        file(officer, notice(KOLO, start, start.plusSeconds(60), "HOME_VISIT")).statusCode(403);
    }

    @Test
    void disasterResponseMayStartNowAndIsFlagged() {
        Member tagana = Pillars.register("TAGANA", null, null);
        Instant now = Instant.now();
        file(tagana.token(), notice(KOLO, now, now.plus(6, ChronoUnit.HOURS), "DISASTER_RESPONSE")).statusCode(201)
                .body("shortNotice", equalTo(true)).body("awaitingAcknowledgement", equalTo(true));
    }

    @Test
    void kelurahanSeesLinkedCasesOnlyAsCountsAndCaseTimelinesShowTheVisit() {
        Member psm = Pillars.psm(KOLO);
        String caseId = as(psm.token()).body(id.go.bimakota.pilar.support.Cases.newCase(KOLO, "LANSIA_TELANTAR", null)).post("/api/v1/cases").then().statusCode(201)
                .extract().jsonPath().getString("id");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        Map<String, Object> body = notice(KOLO, start, start.plusSeconds(7200), "HOME_VISIT");
        body.put("caseIds", List.of(caseId));
        String id = file(psm.token(), body).statusCode(201).body("caseIds", contains(caseId))
                .body("caseCountsByCategory", nullValue()).extract().jsonPath().getString("id");
        String officer = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        as(officer).get("/api/v1/notices/" + id).then().statusCode(200)
                .body("caseIds", nullValue())
                .body("caseCountsByCategory.LANSIA_TELANTAR", equalTo(1));
        as(officer).body(Map.of("acknowledgedBy", "Kasi Kesos Kolo")).post("/api/v1/notices/" + id + "/acknowledge")
                .then().statusCode(200);
        as(psm.token()).get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("items.type", contains("CREATED", "FIELD_VISIT", "FIELD_VISIT"))
                .body("items[1].noticeId", equalTo(id))
                .body("items[2].action", equalTo("notice-acknowledge"))
                .body("items[2].actor.username", notNullValue());
    }

    @Test
    void retryingAFilingWithTheSameKeyCreatesOneNotice() {
        Member psm = Pillars.psm("52.72.03.1005");
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
        Map<String, Object> body = notice("52.72.03.1005", start, start.plusSeconds(3600), "SOCIALIZATION");
        String key = "notice-" + java.util.UUID.randomUUID();
        String number = as(psm.token()).header("Idempotency-Key", key).body(body).post("/api/v1/notices").then()
                .statusCode(201).extract().jsonPath().getString("number");
        as(psm.token()).header("Idempotency-Key", key).body(body).post("/api/v1/notices").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("number", equalTo(number));
        as(psm.token()).queryParam("pillar", psm.pillarId()).get("/api/v1/notices").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void agendaGroupsTheDaysVisitsByKecamatanAndKelurahan() {
        Member psm = Pillars.psm("52.72.05.1002");
        Instant start = Instant.parse("2027-03-10T01:00:00Z");
        String id = file(psm.token(), notice("52.72.05.1002", start, start.plusSeconds(3600), "AID_DISTRIBUTION"))
                .statusCode(201).extract().jsonPath().getString("id");
        asAdmin().queryParam("date", "2027-03-10").get("/api/v1/agenda").then().statusCode(200)
                .body("from", equalTo("2027-03-10"))
                .body("kecamatan.find { it.code == '52.72.05' }.name", equalTo("Mpunda"))
                .body("kecamatan.find { it.code == '52.72.05' }.kelurahan.find { it.code == '52.72.05.1002' }.notices.id",
                        hasItem(id));
        asAdmin().queryParam("from", "2027-03-01").queryParam("to", "2027-04-15").get("/api/v1/agenda").then()
                .statusCode(400);
    }

    @Test
    void listPagesShowTheFirstFiveOverlapsWithTheirCountAndTheNoticeShowsAll() {
        String lelamase = "52.72.02.1020";
        Member psm = Pillars.psm(lelamase);
        Instant start = Instant.parse("2027-05-20T01:00:00Z");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = start.plus(10L * i, ChronoUnit.MINUTES);
            ids.add(file(psm.token(), notice(lelamase, at, at.plus(3, ChronoUnit.HOURS), "HOME_VISIT")).statusCode(201)
                    .body("overlapCount", equalTo(i)).body("overlaps", hasSize(i))
                    .extract().jsonPath().getString("id"));
        }
        as(psm.token()).queryParam("kelurahan", lelamase).queryParam("from", start.toString())
                .queryParam("to", start.plus(1, ChronoUnit.DAYS).toString()).get("/api/v1/notices").then()
                .statusCode(200)
                .body("items.id", contains(ids.toArray()))
                .body("items.overlapCount", everyItem(equalTo(6)))
                .body("items.overlaps", everyItem(hasSize(5)))
                .body("items[0].overlaps.id", contains(ids.subList(1, 6).toArray()))
                .body("items[6].overlaps.id", contains(ids.subList(0, 5).toArray()));
        as(psm.token()).get("/api/v1/notices/" + ids.get(0)).then().statusCode(200)
                .body("overlapCount", equalTo(6))
                .body("overlaps.id", contains(ids.subList(1, 7).toArray()));
    }

    @Test
    void theInboxListsWaitingNoticesFirstThenTheOthersAcrossPages() {
        String oimbo = "52.72.02.1021";
        Member psm = Pillars.psm(oimbo);
        String officer = Accounts.newUser("KELURAHAN", oimbo).accessToken();
        Instant start = Instant.parse("2027-08-02T01:00:00Z");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Instant at = start.plus(i, ChronoUnit.DAYS);
            ids.add(file(psm.token(), notice(oimbo, at, at.plus(1, ChronoUnit.HOURS), "ASSESSMENT")).statusCode(201)
                    .extract().jsonPath().getString("id"));
        }
        for (String answered : List.of(ids.get(0), ids.get(3))) {
            as(officer).body(Map.of("acknowledgedBy", "Lurah Oimbo")).post("/api/v1/notices/" + answered + "/acknowledge")
                    .then().statusCode(200);
        }
        List<String> expected = List.of(ids.get(1), ids.get(2), ids.get(4), ids.get(0), ids.get(3));
        for (boolean window : List.of(true, false)) {
            List<String> seen = new java.util.ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = as(officer).queryParam("limit", 2);
                if (window) {
                    request.queryParam("from", start.toString()).queryParam("to", start.plus(10, ChronoUnit.DAYS).toString());
                }
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get("/api/v1/notices").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id", String.class));
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(expected, seen.stream().filter(ids::contains).toList(), "window " + window);
        }
    }

    @Test
    void coordinationReportMeasuresAcknowledgementOverlapsAndJoins() {
        String lampe = "52.72.02.1008";
        Member psm = Pillars.psm(lampe);
        Member tksk = Pillars.register("TKSK", null, "52.72.02");
        String officer = Accounts.newUser("KELURAHAN", lampe).accessToken();
        Instant start = Instant.parse("2027-06-15T01:00:00Z");
        String first = file(psm.token(), notice(lampe, start, start.plusSeconds(7200), "ASSESSMENT")).statusCode(201)
                .extract().jsonPath().getString("id");
        file(tksk.token(), notice(lampe, start.plusSeconds(3600), start.plusSeconds(9000), "VERIFICATION"))
                .statusCode(201);
        as(tksk.token()).post("/api/v1/notices/" + first + "/join").then().statusCode(200);
        as(officer).body(Map.of("acknowledgedBy", "Lurah Lampe")).post("/api/v1/notices/" + first + "/acknowledge")
                .then().statusCode(200);
        String row = "rows.find { it.group == '" + lampe + "' }";
        asAdmin().queryParam("from", "2027-06-15").queryParam("to", "2027-06-15").queryParam("groupBy", "kelurahan")
                .get("/api/v1/reports/coordination").then().statusCode(200)
                .body(row + ".label", equalTo("Lampe"))
                .body(row + ".notices", equalTo(2))
                .body(row + ".acknowledgedBeforeStartPercent", equalTo(50.0f))
                .body(row + ".medianHoursToAcknowledgement", equalTo(0.0f))
                .body(row + ".shortNoticePercent", equalTo(0.0f))
                .body(row + ".withOverlapsPercent", equalTo(100.0f))
                .body(row + ".joins", equalTo(1));
        asAdmin().accept("text/csv").queryParam("from", "2027-06-15").queryParam("to", "2027-06-15")
                .queryParam("groupBy", "pillarType").get("/api/v1/reports/coordination").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("PSM,PSM,1,100.0,0.0,0.0,0.0,100.0,1,0.0,,0\r\n"));
        as(officer).get("/api/v1/reports/coordination").then().statusCode(403);
    }

    static Map<String, Object> report() {
        return Map.of("outcome", "3 rumah dikunjungi", "householdsVisited", 3, "followUpNeeded", true);
    }
}
