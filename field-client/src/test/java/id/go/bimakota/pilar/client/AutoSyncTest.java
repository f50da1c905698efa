package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.FakePilarServer.PASSWORD;
import static id.go.bimakota.pilar.client.FakePilarServer.USERNAME;
import static id.go.bimakota.pilar.client.FakePilarServer.post;
import static id.go.bimakota.pilar.client.FakePilarServer.problem;
import static id.go.bimakota.pilar.client.OutboxTest.freePort;
import static id.go.bimakota.pilar.client.OutboxTest.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoSyncTest {

    @TempDir
    Path dir;

    @Test
    void sendsWhatWasEnqueuedOfflineOnceTheServiceIsBack() throws Exception {
        int port = freePort();
        List<SyncReport> reports = new CopyOnWriteArrayList<>();
        try (PilarClient client = client("http://127.0.0.1:" + port)) {
            for (int i = 0; i < 3; i++) {
                client.outbox().enqueue(notice(i));
            }
            client.outbox().startAutoSync(Duration.ofMillis(50), reports::add);
            await(() -> reports.size() >= 2);
            assertTrue(reports.stream().allMatch(report -> report.pending() == 3));

            try (FakePilarServer server = new FakePilarServer(port)) {
                await(() -> server.noticeCount() == 3);
                client.outbox().stopAutoSync();
                assertEquals(3, server.requests().stream().filter(post("/api/v1/notices")).count());
            }
        }
    }

    @Test
    void honoursRetryAfter() throws Exception {
        try (FakePilarServer server = new FakePilarServer(); PilarClient client = client(server.url())) {
            client.outbox().enqueue(notice(1));
            server.failNext(post("/api/v1/notices"), new MockResponse.Builder(problem(503, "/problems/unavailable",
                    "Layanan sibuk", null)).addHeader("Retry-After", "1").build());

            client.outbox().startAutoSync(Duration.ofMillis(10));
            await(() -> server.noticeCount() == 1);

            List<RecordedRequest> posts = server.requests().stream().filter(post("/api/v1/notices")).toList();
            assertEquals(2, posts.size(), "one refused, one sent, nothing in between");
        }
    }

    private PilarClient client(String baseUrl) {
        return PilarClient.builder().baseUrl(baseUrl).credentials(USERNAME, PASSWORD).outboxDirectory(dir)
                .connectTimeout(Duration.ofSeconds(1)).build();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
