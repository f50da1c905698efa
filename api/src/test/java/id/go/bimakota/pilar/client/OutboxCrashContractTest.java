package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.SANTI;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Member;
import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.model.Notice;
import id.go.bimakota.pilar.client.model.NoticeQuery;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's crash test against the real service: a child JVM ({@link OutboxCrashHarness}, from the field
 * client's test jar) enqueues notices and flushes them to this test's service; it is killed with
 * {@code destroyForcibly()} in the middle of the flush; this test then flushes the same outbox directory
 * and checks that the service holds every notice exactly once. {@code -Dpilar.crash.runs=20} repeats it
 * (default 2), each run killing at another point of the flush.
 */
@QuarkusTest
class OutboxCrashContractTest extends ContractTestBase {

    private static final Logger LOG = Logger.getLogger(OutboxCrashContractTest.class);
    private static final int ITEMS = 20;

    @TempDir
    Path temp;

    @Test
    void aFlushKilledMidwayIsFinishedByTheNextFlushWithEveryItemExactlyOnce() throws Exception {
        int runs = Integer.getInteger("pilar.crash.runs", 2);
        Member psm = contract.psm(SANTI);
        int replayed = 0;
        PilarClient admin = contract.sharedAdmin();
        for (int run = 0; run < runs; run++) {
            // Kill after the 1st to 16th answer; every third run 50 ms later, past the held answer: then the
            // kill lands while the outbox records it or while the next request is on its way.
            int killAfter = 1 + (run * 5) % (ITEMS - 4);
            long killDelayMillis = run % 3 == 2 ? 50 : 0;
            // Each run on a day of its own: the notices of one run overlap each other, not every earlier run's.
            Instant start = Instant.now().plus(Duration.ofDays(2 + run)).truncatedTo(ChronoUnit.HOURS);
            Outcome outcome = crashAndRecover(admin, psm, temp.resolve("run-" + run), "crash-" + run + "-"
                    + UUID.randomUUID().toString().substring(0, 6), start, killAfter, killDelayMillis);
            LOG.infof("crash run %d/%d: killed %d ms after answer %d, %d of %d applied, %d replayed on recovery,"
                    + " %d flushes", run + 1, runs, killDelayMillis, killAfter, outcome.appliedAtKill(), ITEMS,
                    outcome.replayed(), outcome.flushes());
            replayed += outcome.replayed();
        }
        assertTrue(replayed > 0, "no kill landed between the service applying an item and the client recording it");
    }

    private record Outcome(int appliedAtKill, int replayed, int flushes) {
    }

    private Outcome crashAndRecover(PilarClient admin, Member psm, Path dir, String label, Instant start,
            int killAfter, long killDelayMillis) throws Exception {
        Path outbox = dir.resolve("outbox");
        Path log = Files.createDirectories(dir).resolve("child.log");
        // C1 only and the serial collector: the child lives a few seconds, start-up is what counts.
        Process child = new ProcessBuilder(javaCommand(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), OutboxCrashHarness.class.getName(),
                "--base-url=" + contract.baseUrl(), "--dir=" + outbox, "--username=" + psm.username(),
                "--password=" + PASSWORD, "--count=" + ITEMS, "--label=" + label, "--start=" + start,
                "--kelurahan=" + SANTI,
                "--pause-ms=40").redirectErrorStream(true).start();
        // The child prints "answered <k>" when the service has answered its k-th notice, then holds the
        // answer 40 ms before its outbox records it: killing on that line kills in between.
        CountDownLatch reached = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(log)) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.equals("answered " + killAfter)) {
                        if (killDelayMillis > 0) {
                            Thread.sleep(killDelayMillis);
                        }
                        child.destroyForcibly();
                        reached.countDown();
                    }
                    out.write(line);
                    out.newLine();
                }
            } catch (IOException ended) {
                // the child was killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "crash-child-output");
        reader.start();
        try {
            assertTrue(reached.await(90, TimeUnit.SECONDS) || !child.isAlive(), "the child stalled");
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child is gone");
        reader.join(10_000);
        assertTrue(reached.getCount() == 0, "the child ended before the kill: " + Files.readString(log));
        int appliedAtKill = count(admin, psm, label, start);
        assertTrue(appliedAtKill < ITEMS, "killed too late to test anything: " + Files.readString(log));

        Wire wire = new Wire();
        int flushes = 0;
        try (PilarClient client = contract.client(psm.username(), PASSWORD, wire, outbox, "id")) {
            SyncReport report;
            do {
                // A request the child sent just before it died may still be running: that item answers
                // 409 idempotency-in-progress and stays pending for the next pass.
                report = client.outbox().flush();
                flushes++;
                if (report.pending() > 0) {
                    Thread.sleep(report.retryAfter().orElse(Duration.ofMillis(200)).toMillis());
                }
            } while (report.pending() > 0 && flushes < 10);

            assertEquals(0, report.pending(), report.toString());
            assertEquals(0, report.rejected(), report.toString());
            List<OutboxItem> items = client.outbox().items();
            assertEquals(ITEMS, items.size());
            assertTrue(items.stream().allMatch(item -> item.state() == State.SENT), items.toString());

            Map<String, List<Notice>> onServer = notices(admin, psm, label, start);
            for (int i = 0; i < ITEMS; i++) {
                assertEquals(1, onServer.getOrDefault(label + " #" + i, List.of()).size(),
                        "exactly once on the service: " + label + " #" + i);
            }
            assertEquals(ITEMS, onServer.size());
            Set<String> serverIds = onServer.values().stream().map(list -> list.get(0).id()).collect(Collectors.toSet());
            assertEquals(serverIds, items.stream().map(OutboxItem::serverId).collect(Collectors.toSet()),
                    "every item knows the id of its one notice");
            int replayed = (int) wire.exchanges(e -> e.is("POST", "/api/v1/notices")
                    && "true".equals(e.responseHeaders().get("Idempotent-Replayed"))).size();
            return new Outcome(appliedAtKill, replayed, flushes);
        }
    }

    private static int count(PilarClient admin, Member psm, String label, Instant start) {
        return notices(admin, psm, label, start).values().stream().mapToInt(List::size).sum();
    }

    /** The run's notices on the service (its visits start within the hour after {@code start}). */
    private static Map<String, List<Notice>> notices(PilarClient admin, Member psm, String label, Instant start) {
        return admin.notices().list(NoticeQuery.builder().pillar(psm.id()).from(start)
                .to(start.plus(Duration.ofHours(1))).limit(200).build()).stream()
                .filter(n -> n.description().startsWith(label + " #"))
                .collect(Collectors.groupingBy(Notice::description, Collectors.mapping(Function.identity(),
                        Collectors.toList())));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
