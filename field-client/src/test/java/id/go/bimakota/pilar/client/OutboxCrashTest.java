package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.FakePilarServer.PASSWORD;
import static id.go.bimakota.pilar.client.FakePilarServer.USERNAME;
import static id.go.bimakota.pilar.client.FakePilarServer.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.OutboxItem.State;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM is killed in the middle of a flush; this process then flushes the same directory. The
 * service must hold every item exactly once. {@code -Dpilar.crash.runs=20} repeats it 20 times.
 */
class OutboxCrashTest {

    private static final int ITEMS = 20;

    @TempDir
    Path temp;

    @Test
    void aFlushKilledMidwayIsFinishedByTheNextProcessWithEveryItemExactlyOnce() throws Exception {
        int runs = Integer.getInteger("pilar.crash.runs", 2);
        int replayed = 0;
        for (int run = 0; run < runs; run++) {
            int killAfter = 2 + (run * 11) % (ITEMS - 4);
            replayed += crashAndRecover(temp.resolve("run-" + run), killAfter);
        }
        assertTrue(replayed > 0, "no kill landed between the service applying an item and the client recording it");
    }

    /** Returns how many items the service had applied that the killed process never recorded. */
    private int crashAndRecover(Path dir, int killAfter) throws Exception {
        try (FakePilarServer server = new FakePilarServer()) {
            Path output = Files.createDirectories(dir).resolve("child.log");
            // C1 only and the serial collector: the child lives a few seconds, start-up is what counts.
            Process child = new ProcessBuilder(javaCommand(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    OutboxCrashHarness.class.getName(), "--base-url=" + server.url(), "--dir=" + dir.resolve("outbox"),
                    "--username=" + USERNAME, "--password=" + PASSWORD, "--count=" + ITEMS, "--pause-ms=40")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (server.noticeCount() < killAfter) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    child.destroyForcibly();
                    throw new AssertionError("child ended before the kill: " + Files.readString(output));
                }
                Thread.sleep(2);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            assertTrue(server.noticeCount() < ITEMS, "killed too late to test anything");

            try (PilarClient client = PilarClient.builder().baseUrl(server.url()).credentials(USERNAME, PASSWORD)
                    .outboxDirectory(dir.resolve("outbox")).build()) {
                SyncReport report = client.outbox().flush();

                assertEquals(0, report.pending(), report.toString());
                assertEquals(ITEMS, server.noticeCount());
                List<OutboxItem> items = client.outbox().items();
                assertEquals(ITEMS, items.size());
                assertTrue(items.stream().allMatch(item -> item.state() == State.SENT));
                assertEquals(ITEMS, new HashSet<>(items.stream().map(OutboxItem::serverId).toList()).size());
                long keys = server.requests().stream().filter(post("/api/v1/notices"))
                        .map(request -> request.getHeaders().get("Idempotency-Key")).distinct().count();
                assertEquals(ITEMS, keys, "one key per item, however often it was sent");
                return server.replayed();
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
