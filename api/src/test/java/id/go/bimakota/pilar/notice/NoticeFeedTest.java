package id.go.bimakota.pilar.notice;

import static id.go.bimakota.pilar.notice.NoticeFlowTest.file;
import static id.go.bimakota.pilar.notice.NoticeFlowTest.notice;
import static id.go.bimakota.pilar.support.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The live feed over real HTTP: events arrive, reconnecting with Last-Event-ID misses nothing. */
@QuarkusTest
class NoticeFeedTest {

    @TestHTTPResource("/api/v1/notices/events")
    URI feed;

    record Event(String id, String type, String data) {
    }

    @Test
    void aClientThatReconnectsWithLastEventIdMissesNothing() throws Exception {
        Member psm = Pillars.psm("52.72.02.1004");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        try (Subscription live = subscribe(psm.token(), null)) {
            String id = file(psm.token(), notice("52.72.02.1004", start, start.plusSeconds(3600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            Event created = live.next(e -> e.data().contains(id));
            assertEquals("notice.created", created.type());
            live.close();

            as(psm.token()).body(Map.of("reason", "Batal")).post("/api/v1/notices/" + id + "/cancel").then()
                    .statusCode(200);
            String second = file(psm.token(), notice("52.72.02.1004", start, start.plusSeconds(600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            try (Subscription resumed = subscribe(psm.token(), created.id())) {
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
        try (Subscription own = subscribe(officer, null)) {
            String elsewhere = file(psm.token(), notice("52.72.02.1009", start, start.plusSeconds(600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            String mine = file(psm.token(), notice("52.72.02.1008", start, start.plusSeconds(600), "MEETING"))
                    .statusCode(201).extract().jsonPath().getString("id");
            Event first = own.next(e -> true);
            assertTrue(first.data().contains(mine) && !first.data().contains(elsewhere), first.data());
        }
    }

    /** A streaming SSE connection; a reader thread feeds its lines to a queue so reads can time out. */
    static final class Subscription implements AutoCloseable {
        private final HttpResponse<Stream<String>> response;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread reader;

        Subscription(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reader = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (RuntimeException closed) {
                    // the test closed the connection
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        Event next(java.util.function.Predicate<Event> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            List<String> block = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (!line.isEmpty()) {
                    block.add(line);
                    continue;
                }
                Event event = parse(block);
                block.clear();
                if (event != null && wanted.test(event)) {
                    return event;
                }
            }
            throw new AssertionError("no matching event within 15 s");
        }

        @Override
        public void close() {
            response.body().close();
            reader.interrupt();
        }
    }

    /** Connects and waits for the answer's head: from then on, the feed holds every new event. */
    private Subscription subscribe(String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofLines()).get(15, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        return new Subscription(response);
    }

    private static Event parse(List<String> block) {
        String id = null;
        String type = null;
        StringBuilder data = new StringBuilder();
        for (String line : block) {
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                type = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            }
        }
        return id == null ? null : new Event(id, type, data.toString());
    }
}
