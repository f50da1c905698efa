package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.FakePilarServer.PASSWORD;
import static id.go.bimakota.pilar.client.FakePilarServer.USERNAME;
import static id.go.bimakota.pilar.client.FakePilarServer.post;
import static id.go.bimakota.pilar.client.OutboxTest.newCase;
import static id.go.bimakota.pilar.client.OutboxTest.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flush sends independent items several at once and keeps the order of items that depend on each
 * other. Every wait here is on a condition with a time limit, so an implementation that sends one at
 * a time (or all at once) fails an assertion instead of hanging.
 */
class OutboxParallelTest {

    private static final long WAIT_MILLIS = 5_000;

    @TempDir
    Path dir;

    private FakePilarServer server;
    private final List<PilarClient> clients = new ArrayList<>();
    private final AtomicBoolean timedOut = new AtomicBoolean();

    @BeforeEach
    void start() throws IOException {
        server = new FakePilarServer();
    }

    @AfterEach
    void stop() {
        clients.forEach(PilarClient::close);
        server.close();
    }

    @Test
    void independentItemsGoSeveralAtOnceButNeverMoreThanTheLimit() {
        Traffic traffic = new Traffic();
        PilarClient client = client(3, traffic, dir);
        List<OutboxItem> enqueued = new ArrayList<>();
        enqueued.add(client.outbox().enqueue(newCase("Wa Ina"))); // goes alone: see aWrongPassword…
        Set<String> noticeKeys = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            OutboxItem notice = client.outbox().enqueue(notice(i));
            enqueued.add(notice);
            noticeKeys.add(notice.idempotencyKey());
        }
        // Each create waits for a third one to join it (or for the last one to have started).
        traffic.hold = key -> {
            if (noticeKeys.contains(key)) {
                await(traffic, () -> traffic.inFlight() >= 3 || traffic.started(noticeKeys) == 12);
            }
        };

        SyncReport report = client.outbox().flush();

        assertFalse(timedOut.get(), "creates never came three at a time");
        assertEquals(3, traffic.maxInFlight());
        assertEquals(13, report.sent());
        assertEquals(13, server.noticeCount() + server.caseCount());
        assertEquals(enqueued.stream().map(OutboxItem::id).toList(),
                report.items().stream().map(OutboxItem::id).toList(), "the report keeps enqueue order");
    }

    @Test
    void itemsOnTheSameNoticeGoInEnqueueOrderWhileOthersGoAlongside() {
        Traffic traffic = new Traffic();
        PilarClient client = client(4, traffic, dir);
        client.outbox().enqueue(notice(90));
        client.outbox().flush();
        String filed = client.outbox().items().get(0).serverId();

        client.outbox().enqueue(newCase("Wa Ina"));
        OutboxItem a = client.outbox().enqueue(notice(1));
        OutboxItem acknowledgeA = client.outbox().acknowledgeNotice(a.ref(), new Acknowledgement("Lurah", null));
        OutboxItem completeA = client.outbox().completeNotice(a.ref(), VisitReport.builder().outcome("Dikunjungi")
                .householdsVisited(1).build());
        List<String> others = new ArrayList<>();
        for (int i = 2; i < 5; i++) {
            others.add(client.outbox().enqueue(notice(i)).idempotencyKey());
        }
        OutboxItem acknowledgeFiled = client.outbox().acknowledgeNotice(filed, new Acknowledgement("Lurah", null));
        OutboxItem cancelFiled = client.outbox().cancelNotice(filed, "Hujan deras");
        traffic.clear();
        traffic.hold = key -> {
            if (key.equals(a.idempotencyKey())) {
                // Answered only after two independent creates were: they went alongside.
                await(traffic, () -> traffic.ended(others.get(0)) && traffic.ended(others.get(1)));
            } else if (key.equals(acknowledgeFiled.idempotencyKey())) {
                // Answered last of all: the cancel of the same notice would have every chance to overtake.
                await(traffic, () -> traffic.ended(completeA.idempotencyKey())
                        && others.stream().allMatch(traffic::ended));
            }
        };

        SyncReport report = client.outbox().flush();

        assertFalse(timedOut.get(), "independent creates did not go while the first item of a lane waited");
        assertEquals(9, report.sent());
        assertEquals(0, report.pending());
        assertInOrder(traffic, a, acknowledgeA);
        assertInOrder(traffic, acknowledgeA, completeA);
        assertInOrder(traffic, acknowledgeFiled, cancelFiled);
        assertTrue(traffic.index("start " + others.get(0)) < traffic.index("end " + a.idempotencyKey()));
        assertEquals("COMPLETED", server.notice(client.outbox().items().get(2).serverId()).get("status").asText());
        assertEquals("CANCELLED", server.notice(filed).get("status").asText());
    }

    @Test
    void aParallelismOfOneSendsEveryItemAloneInEnqueueOrder() {
        Traffic traffic = new Traffic();
        PilarClient client = client(1, traffic, dir);
        List<OutboxItem> enqueued = new ArrayList<>();
        enqueued.add(client.outbox().enqueue(newCase("Wa Ina")));
        OutboxItem a = client.outbox().enqueue(notice(1));
        enqueued.add(a);
        enqueued.add(client.outbox().enqueue(notice(2)));
        enqueued.add(client.outbox().acknowledgeNotice(a.ref(), new Acknowledgement("Lurah", null)));
        for (int i = 3; i < 7; i++) {
            enqueued.add(client.outbox().enqueue(notice(i)));
        }
        // Slow answers give a second item every chance to start alongside.
        traffic.hold = key -> Thread.sleep(15);

        SyncReport report = client.outbox().flush();

        assertEquals(8, report.sent());
        assertEquals(1, traffic.maxInFlight());
        assertEquals(enqueued.stream().map(OutboxItem::idempotencyKey).toList(), List.copyOf(traffic.startedKeys()));
    }

    @Test
    void aNetworkFailureEndsThePassNoItemStartsAfterItAndNothingGoesTwice() {
        Traffic traffic = new Traffic();
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(traffic)
                .retryOnConnectionFailure(false) // one attempt per item: OkHttp would repeat a dropped one
                .build();
        PilarClient client = track(builder(3, dir).okHttpClient(http).build());
        List<OutboxItem> enqueued = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            enqueued.add(client.outbox().enqueue(notice(i)));
        }
        String failing = enqueued.get(5).idempotencyKey();
        // The service applies it, then the connection drops before the answer.
        server.dropAnswerOfNext(request -> failing.equals(request.getHeaders().get("Idempotency-Key")));
        traffic.hold = key -> {
            if (key.equals(failing)) {
                // Fail with every lane busy, so that each of them has to notice.
                await(traffic, () -> traffic.inFlight() == 3);
            } else if (traffic.has("start " + failing) && !traffic.has("failed " + failing)) {
                await(traffic, () -> traffic.has("failed " + failing));
                Thread.sleep(100); // for the failing lane to record the failure
            }
        };

        SyncReport first = client.outbox().flush();

        assertFalse(timedOut.get());
        assertTrue(first.stoppedBy().orElseThrow().isNetworkError());
        List<String> events = traffic.events();
        List<String> after = events.subList(events.indexOf("failed " + failing), events.size());
        assertEquals(List.of(), after.stream().filter(event -> event.startsWith("start ")).toList(),
                "no item starts after the failure");
        Set<String> started = traffic.startedKeys();
        assertEquals(started.size() - 1, first.sent(), "every other item on its way was answered and recorded");
        assertEquals(0, first.rejected());
        assertEquals(12 - first.sent(), first.pending());
        assertTrue(first.pending() >= 2, first.toString());
        assertEquals(enqueued.stream().map(OutboxItem::id).toList(),
                first.items().stream().map(OutboxItem::id).toList());
        for (OutboxItem item : first.items()) {
            boolean sent = started.contains(item.idempotencyKey()) && !item.idempotencyKey().equals(failing);
            assertEquals(sent ? State.SENT : State.PENDING, item.state(), item.toString());
        }

        traffic.hold = key -> { };
        SyncReport second = client.outbox().flush();

        assertEquals(12 - first.sent(), second.sent());
        assertEquals(12, server.noticeCount(), "the dropped item was applied once, in the first pass");
        List<String> keys = server.requests().stream().filter(post("/api/v1/notices"))
                .map(request -> request.getHeaders().get("Idempotency-Key")).toList();
        assertEquals(13, keys.size());
        assertEquals(12, new HashSet<>(keys).size());
        assertEquals(1, server.replayed(), "the second pass got the first answer replayed");
        List<OutboxItem> items = client.outbox().items();
        assertTrue(items.stream().allMatch(item -> item.state() == State.SENT));
        assertEquals(12, new HashSet<>(items.stream().map(OutboxItem::serverId).toList()).size());
    }

    @Test
    void aPassStartsWithOneItemAloneSoAWrongPasswordCostsOneFailedLogin() {
        PilarClient client = track(PilarClient.builder().baseUrl(server.url()).credentials(USERNAME, "salah-sandi")
                .outboxDirectory(dir).outboxParallelism(4).build());
        for (int i = 0; i < 6; i++) {
            client.outbox().enqueue(notice(i));
        }

        SyncReport report = client.outbox().flush();

        assertEquals(6, report.pending());
        assertEquals(401, report.stoppedBy().orElseThrow().status());
        assertEquals(1, server.requests().stream().filter(post("/api/v1/auth/token")).count(),
                "the service locks an account after a few failed logins");
    }

    @Test
    void theOldestItemGoesFirstAndAloneInEveryPass() {
        Traffic traffic = new Traffic();
        PilarClient client = client(4, traffic, dir);
        for (int pass = 0; pass < 20; pass++) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                keys.add(client.outbox().enqueue(notice(pass * 10 + i)).idempotencyKey());
            }
            traffic.clear();

            assertEquals(5, client.outbox().flush().sent());

            List<String> events = traffic.events();
            assertEquals(List.of("start " + keys.get(0), "end " + keys.get(0)), events.subList(0, 2),
                    "pass " + pass + ": " + events);
            client.outbox().clearSent();
        }
    }

    @Test
    void aDiskFailureIsThrownOnceTheItemsOnTheirWayAreAnsweredAndTheNextFlushRecovers() throws Exception {
        Traffic traffic = new Traffic();
        Path outbox = dir.resolve("outbox");
        Path away = dir.resolve("away");
        PilarClient client = client(3, traffic, outbox);
        for (int i = 0; i < 9; i++) {
            client.outbox().enqueue(notice(i));
        }
        AtomicInteger creates = new AtomicInteger();
        traffic.hold = key -> {
            if (creates.incrementAndGet() == 4) {
                // Every later write of the outbox fails, this item's answer first among them.
                Files.move(outbox, away);
            }
        };

        assertThrows(UncheckedIOException.class, () -> client.outbox().flush());

        assertEquals(0, traffic.inFlight(), "thrown only once every item on its way was answered");
        assertTrue(awaitQuietly(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("pilar-outbox-send-"))), "send threads linger");

        Files.move(away, outbox);
        traffic.hold = key -> { };
        SyncReport report = client.outbox().flush();

        assertEquals(0, report.pending(), report.toString());
        assertEquals(9, server.noticeCount(), "items whose answer was not recorded were replayed, not repeated");
    }

    @Test
    void theParallelismIsBetweenOneAndSixteen() {
        PilarClient.Builder builder = PilarClient.builder();

        assertThrows(IllegalArgumentException.class, () -> builder.outboxParallelism(0));
        assertThrows(IllegalArgumentException.class, () -> builder.outboxParallelism(17));
        builder.outboxParallelism(1).outboxParallelism(16);
    }

    private static void assertInOrder(Traffic traffic, OutboxItem earlier, OutboxItem later) {
        int answered = traffic.index("end " + earlier.idempotencyKey());
        int started = traffic.index("start " + later.idempotencyKey());
        assertTrue(answered >= 0 && answered < started, later.kind() + " started before " + earlier.kind()
                + " was answered: " + traffic.events());
    }

    /** Waits for {@code condition}; on time-out records it (the test then fails) and goes on. */
    private void await(Traffic traffic, BooleanSupplier condition) throws InterruptedException {
        if (!timedOut.get() && !traffic.await(condition, WAIT_MILLIS)) {
            timedOut.set(true);
        }
    }

    private static boolean awaitQuietly(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMillis(WAIT_MILLIS).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private PilarClient client(int parallelism, Traffic traffic, Path outbox) {
        return track(builder(parallelism, outbox).okHttpClient(new OkHttpClient.Builder().addInterceptor(traffic)
                .build()).build());
    }

    private PilarClient.Builder builder(int parallelism, Path outbox) {
        return PilarClient.builder().baseUrl(server.url()).credentials(USERNAME, PASSWORD).outboxDirectory(outbox)
                .outboxParallelism(parallelism).connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10));
    }

    private PilarClient track(PilarClient client) {
        clients.add(client);
        return client;
    }

    /**
     * Watches the outbox's requests on the client side (those with an Idempotency-Key of their own;
     * logins pass untouched): how many are in flight, and when each starts and is answered.
     */
    static final class Traffic implements Interceptor {

        interface Hold {
            /** Runs as the request starts, before it goes out. */
            void before(String key) throws IOException, InterruptedException;
        }

        volatile Hold hold = key -> { };
        private final List<String> events = new ArrayList<>();
        private int inFlight;
        private int maxInFlight;

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            String key = request.header("Idempotency-Key");
            if (key == null) {
                return chain.proceed(request);
            }
            synchronized (this) {
                inFlight++;
                maxInFlight = Math.max(maxInFlight, inFlight);
                record("start " + key);
            }
            String outcome = "failed ";
            try {
                hold.before(key);
                Response response = chain.proceed(request);
                outcome = "end ";
                return response;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            } finally {
                synchronized (this) {
                    inFlight--;
                    record(outcome + key);
                }
            }
        }

        private void record(String event) {
            events.add(event);
            notifyAll();
        }

        /** Waits until {@code condition} (read under this lock) holds; false if it did not in time. */
        synchronized boolean await(BooleanSupplier condition, long millis) throws InterruptedException {
            long deadline = System.nanoTime() + millis * 1_000_000;
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }

        synchronized void clear() {
            events.clear();
            maxInFlight = inFlight;
        }

        synchronized int inFlight() {
            return inFlight;
        }

        synchronized int maxInFlight() {
            return maxInFlight;
        }

        synchronized List<String> events() {
            return List.copyOf(events);
        }

        synchronized boolean has(String event) {
            return events.contains(event);
        }

        synchronized int index(String event) {
            return events.indexOf(event);
        }

        synchronized boolean ended(String key) {
            return has("end " + key);
        }

        /** Keys in the order their first attempt started. */
        synchronized Set<String> startedKeys() {
            Set<String> keys = new LinkedHashSet<>();
            events.stream().filter(event -> event.startsWith("start ")).forEach(event -> keys.add(event.substring(6)));
            return keys;
        }

        synchronized long started(Set<String> keys) {
            return startedKeys().stream().filter(keys::contains).count();
        }
    }
}
