package id.go.bimakota.pilar.notice;

import static id.go.bimakota.pilar.notice.NoticeFlowTest.file;
import static id.go.bimakota.pilar.notice.NoticeFlowTest.notice;
import static id.go.bimakota.pilar.support.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import id.go.bimakota.pilar.support.SseSubscription;
import id.go.bimakota.pilar.support.SseSubscription.Event;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live feed over real HTTP: events arrive, reconnecting with Last-Event-ID misses nothing. */
@QuarkusTest
class NoticeFeedTest {

    @TestHTTPResource("/api/v1/notices/events")
    URI feed;

    @Test
    void aClientThatReconnectsWithLastEventIdMissesNothing() throws Exception {
        Member psm = Pillars.psm("52.72.02.1004");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        try (SseSubscription live = subscribe(psm.token(), null)) {
            String id = file(psm.token(), notice("52.72.02.1004", start, start.plusSeconds(3600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            Event created = live.next(e -> e.data().contains(id));
            assertEquals("notice.created", created.type());
            live.close();

            as(psm.token()).body(Map.of("reason", "Batal")).post("/api/v1/notices/" + id + "/cancel").then()
                    .statusCode(200);
            String second = file(psm.token(), notice("52.72.02.1004", start, start.plusSeconds(600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            try (SseSubscription resumed = subscribe(psm.token(), created.id())) {
                Event cancelled = resumed.next(e -> e.data().contains(id));
                assertEquals("notice.cancelled", cancelled.type());
                Event createdAgain = resumed.next(e -> e.data().contains(second));
                assertEquals("notice.created", createdAgain.type());
                assertTrue(Long.parseLong(createdAgain.id()) > Long.parseLong(cancelled.id()));
            }
        }
    }

    @Test
    void kelurahanOfficersOnlyReceiveTheirKelurahansEvents() throws Exception {
        Member psm = Pillars.psm("52.72.02.1008");
        String officer = Accounts.newUser("KELURAHAN", "52.72.02.1008").accessToken();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        try (SseSubscription own = subscribe(officer, null)) {
            String elsewhere = file(psm.token(), notice("52.72.02.1009", start, start.plusSeconds(600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            String mine = file(psm.token(), notice("52.72.02.1008", start, start.plusSeconds(600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            Event first = own.next(e -> true);
            assertTrue(first.data().contains(mine) && !first.data().contains(elsewhere), first.data());
        }
    }

    private SseSubscription subscribe(String token, String lastEventId) throws Exception {
        return SseSubscription.open(feed, token, lastEventId);
    }
}
