package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.FakePilarServer.PASSWORD;
import static id.go.bimakota.pilar.client.FakePilarServer.USERNAME;
import static id.go.bimakota.pilar.client.FakePilarServer.post;
import static id.go.bimakota.pilar.client.FakePilarServer.postEndingWith;
import static id.go.bimakota.pilar.client.FakePilarServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.OutboxItem.Kind;
import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.CaseAddress;
import id.go.bimakota.pilar.client.model.CaseSubject;
import id.go.bimakota.pilar.client.model.Gender;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewCaseNote;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import id.go.bimakota.pilar.client.model.Urgency;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

    @TempDir
    Path dir;

    private FakePilarServer server;
    private final List<PilarClient> clients = new ArrayList<>();

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
    void theOutboxDirectoryAndItsFilesAreForTheAppUserOnly() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = java.nio.file.Files.writeString(dir.resolve("left-by-an-older-client.json.unreadable"), "{}");
        java.nio.file.Files.setPosixFilePermissions(old, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        PilarClient first = client(server.url());
        first.outbox().enqueue(newCase("Wa Ina"));
        assertEquals("rwx------", mode(dir));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            List<Path> all = files.toList();
            assertTrue(all.size() >= 2, all.toString());
            for (Path file : all) {
                assertEquals("rw-------", mode(file), file.toString());
            }
        }
    }

    private static String mode(Path path) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(path));
    }

    @Test
    void enqueuedItemsAreOnDiskBeforeEnqueueReturnsAndANewClientSeesThem() throws IOException {
        PilarClient first = client(server.url());
        OutboxItem notice = first.outbox().enqueue(notice(1));
        OutboxItem newCase = first.outbox().enqueue(newCase("Wa Ina"));
        OutboxItem note = first.outbox().addCaseNote(newCase.ref(), "Tinggal sendiri");
        first.close();

        List<OutboxItem> seen = client(server.url()).outbox().items();

        assertEquals(List.of(notice.id(), newCase.id(), note.id()), seen.stream().map(OutboxItem::id).toList());
        assertEquals(List.of(notice.idempotencyKey(), newCase.idempotencyKey(), note.idempotencyKey()),
                seen.stream().map(OutboxItem::idempotencyKey).toList());
        assertTrue(seen.stream().allMatch(item -> item.state() == State.PENDING));
        assertEquals(notice(1), seen.get(0).request());
        assertEquals(new NewCaseNote("Tinggal sendiri"), seen.get(2).request());
        assertEquals(newCase.ref(), seen.get(2).target());
        assertEquals(0, server.requests().size(), "enqueueing never touches the network");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.filter(file -> file.toString().endsWith(".json")).count());
        }
    }

    @Test
    void withTheServiceStoppedAFlushReturnsAtOnceAndLaterEverythingGoesExactlyOnce() throws IOException {
        int port = freePort();
        PilarClient client = client("http://127.0.0.1:" + port);
        for (int i = 0; i < 20; i++) {
            client.outbox().enqueue(notice(i));
        }

        long began = System.nanoTime();
        SyncReport offline = client.outbox().flush();
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        assertEquals(20, offline.pending());
        assertEquals(0, offline.sent());
        assertTrue(offline.stoppedBy().orElseThrow().isNetworkError());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took);

        server.close();
        server = new FakePilarServer(port);
        SyncReport online = client.outbox().flush();
        SyncReport again = client.outbox().flush();

        assertEquals(20, online.sent());
        assertEquals(0, online.pending());
        assertEquals(20, server.noticeCount());
        assertEquals(0, again.sent());
        assertEquals(0, again.pending());
        assertEquals(20, server.requests().stream().filter(post("/api/v1/notices")).count());
        assertTrue(client.outbox().items().stream().allMatch(item -> item.serverNumber().startsWith("KL-2026-")));
    }

    @Test
    void transientAnswersLeaveTheItemPendingAndTheRetryCarriesTheSameKey() {
        PilarClient client = client(server.url());
        for (int i = 0; i < 4; i++) {
            client.outbox().enqueue(notice(i));
        }
        server.failNext(post("/api/v1/notices"), problem(500, "/problems/internal", "Kesalahan server", null));
        server.failNext(post("/api/v1/notices"), new MockResponse.Builder(problem(503, "/problems/unavailable",
                "Layanan sibuk", null)).addHeader("Retry-After", "7").build());
        server.failNext(post("/api/v1/notices"), new MockResponse.Builder(problem(429, "/problems/too-many-requests",
                "Terlalu banyak permintaan", null)).addHeader("Retry-After", "2").build());

        SyncReport first = client.outbox().flush();

        assertEquals(1, first.sent());
        assertEquals(3, first.pending());
        assertEquals(0, first.rejected());
        assertEquals(Duration.ofSeconds(7), first.retryAfter().orElseThrow());
        // Items go several at once, so which one met which answer is up to the network.
        assertEquals(List.of("Kesalahan server", "Layanan sibuk", "Terlalu banyak permintaan"), first.items().stream()
                .filter(item -> item.problem() != null).map(item -> item.problem().title()).sorted().toList());
        assertTrue(first.items().stream().allMatch(item -> item.problem() == null || item.state() == State.PENDING));

        SyncReport second = client.outbox().flush();

        assertEquals(3, second.sent());
        assertEquals(4, server.noticeCount());
        for (OutboxItem item : client.outbox().items()) {
            assertEquals(State.SENT, item.state());
            assertNull(item.problem());
        }
        List<String> keys = keysOf(server.requests(), post("/api/v1/notices"));
        assertEquals(7, keys.size());
        assertEquals(4, new HashSet<>(keys).size(), "each retry repeats its item's key");
    }

    @Test
    void aPermanentRefusalRejectsOnlyThatItemAndTheOthersStillGo() {
        PilarClient client = client(server.url());
        client.outbox().enqueue(notice(1));
        OutboxItem invalid = client.outbox().enqueue(NewNotice.builder().kelurahanCode("99.99.99.9999")
                .plannedStart(START).plannedEnd(START.plusSeconds(3600)).purpose(NoticePurpose.OTHER).build());
        OutboxItem refused = client.outbox().enqueue(notice(3));
        client.outbox().enqueue(notice(4));
        server.failNext(request -> post("/api/v1/notices").test(request)
                && refused.idempotencyKey().equals(request.getHeaders().get("Idempotency-Key")),
                problem(422, "/problems/idempotency-key-reused", "Kunci idempotensi sudah dipakai", null));

        SyncReport report = client.outbox().flush();

        assertEquals(2, report.sent());
        assertEquals(2, report.rejected());
        assertEquals(0, report.pending());
        OutboxItem rejected = report.items().get(1);
        assertEquals(State.REJECTED, rejected.state());
        assertEquals(400, rejected.problem().status());
        assertEquals("Kode kelurahan tidak dikenal", rejected.problem().errors().get(0).message());
        assertEquals(422, report.items().get(2).problem().status());
        assertEquals(2, server.noticeCount());

        client.outbox().discard(invalid.id());
        assertEquals(3, client.outbox().items().size());
        assertEquals(0, client.outbox().flush().sent(), "rejected items are not retried");
    }

    @Test
    void onlyRejectedItemsCanBeDiscarded() {
        PilarClient client = client(server.url());
        OutboxItem pending = client.outbox().enqueue(notice(1));

        assertThrows(IllegalStateException.class, () -> client.outbox().discard(pending.id()));
        assertThrows(NoSuchElementException.class, () -> client.outbox().discard("no-such-item"));
    }

    @Test
    void aConnectionDroppedAfterTheServiceGotTheRequestIsRetriedWithTheSameKey() {
        PilarClient client = client(server.url());
        OutboxItem item = client.outbox().enqueue(notice(1));
        // OkHttp itself may retry a dropped request once before giving up; drop those answers too.
        for (int i = 0; i < 3; i++) {
            server.dropAnswerOfNext(post("/api/v1/notices"));
        }

        SyncReport lost = client.outbox().flush();

        assertEquals(1, lost.pending());
        assertTrue(lost.stoppedBy().orElseThrow().isNetworkError());
        assertEquals(1, server.noticeCount(), "the service did create it");

        for (int pass = 0; pass < 3 && client.outbox().items().get(0).state() == State.PENDING; pass++) {
            client.outbox().flush();
        }

        assertEquals(State.SENT, client.outbox().items().get(0).state());
        assertEquals(1, server.noticeCount());
        assertEquals("KL-2026-000001", client.outbox().items().get(0).serverNumber());
        List<String> keys = keysOf(server.requests(), post("/api/v1/notices"));
        assertEquals(4, keys.size(), "3 dropped, the last one answered: " + keys);
        assertEquals(Set.of(item.idempotencyKey()), new HashSet<>(keys));
        assertEquals(3, server.replayed());
    }

    @Test
    void anItemWaitsForTheItemItRefersToAndThenUsesItsServerId() {
        PilarClient client = client(server.url());
        OutboxItem newCase = client.outbox().enqueue(newCase("Wa Ina"));
        OutboxItem notice = client.outbox().enqueue(NewNotice.builder().kelurahanCode("52.72.03.1004")
                .plannedStart(START).plannedEnd(START.plusSeconds(3600)).purpose(NoticePurpose.ASSESSMENT)
                .caseIds(List.of(newCase.ref())).build());
        OutboxItem complete = client.outbox().completeNotice(notice.ref(), VisitReport.builder()
                .outcome("Lansia dikunjungi").householdsVisited(1).caseIds(List.of(newCase.ref())).build());
        server.failNext(post("/api/v1/cases"), problem(503, "/problems/unavailable", "Layanan sibuk", null));

        SyncReport waiting = client.outbox().flush();

        assertEquals(0, waiting.sent());
        assertEquals(3, waiting.pending());
        assertEquals(0, server.requests().stream().filter(postEndingWith("/complete")).count());

        SyncReport done = client.outbox().flush();

        assertEquals(3, done.sent());
        List<OutboxItem> items = client.outbox().items();
        String caseId = items.get(0).serverId();
        String noticeId = items.get(1).serverId();
        assertEquals(noticeId, items.get(2).serverId());
        assertEquals(caseId, server.notice(noticeId).get("caseIds").get(0).asText());
        assertEquals("COMPLETED", server.notice(noticeId).get("status").asText());
        assertEquals(caseId, server.notice(noticeId).get("visitReport").get("caseIds").get(0).asText());
        assertEquals(notice.ref(), complete.target(), "the stored item keeps the reference");
    }

    @Test
    void anItemReferringToARejectedItemIsRejectedToo() {
        PilarClient client = client(server.url());
        OutboxItem invalid = client.outbox().enqueue(NewNotice.builder().kelurahanCode("00.00.00.0000").build());
        client.outbox().cancelNotice(invalid.ref(), "Batal");
        client.outbox().enqueue(notice(3));

        SyncReport report = client.outbox().flush();

        assertEquals(2, report.rejected());
        assertEquals(1, report.sent());
        OutboxItem dependent = report.items().get(1);
        assertEquals("/problems/outbox-dependency-rejected", dependent.problem().type());
        assertEquals(424, dependent.problem().status());
        assertEquals(invalid.id(), dependent.problem().extensions().get("dependsOn"));
    }

    @Test
    void referringToAnItemThatIsNotInTheOutboxFailsAtOnce() {
        PilarClient client = client(server.url());

        assertThrows(IllegalArgumentException.class,
                () -> client.outbox().acknowledgeNotice("outbox:0b8f9a52-0000-4000-8000-000000000000",
                        new Acknowledgement("Lurah", null)));
    }

    @Test
    void twoFlushesAtOnceNeverSendAnItemTwice() throws Exception {
        PilarClient one = client(server.url());
        PilarClient two = client(server.url());
        for (int i = 0; i < 10; i++) {
            one.outbox().enqueue(notice(i));
        }
        server.delayAnswers(20);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<SyncReport>> reports = new ArrayList<>();
            for (PilarClient client : List.of(one, two, one, two)) {
                reports.add(threads.submit(() -> {
                    go.await();
                    return client.outbox().flush();
                }));
            }
            go.countDown();
            int sent = 0;
            for (Future<SyncReport> report : reports) {
                sent += report.get().sent();
            }
            assertEquals(10, sent);
        } finally {
            threads.shutdown();
        }
        assertEquals(10, server.noticeCount());
        List<String> keys = keysOf(server.requests(), post("/api/v1/notices"));
        assertEquals(10, keys.size());
        assertEquals(10, new HashSet<>(keys).size());
    }

    @Test
    void aRejectedLoginStopsThePassAndRejectsNothing() {
        PilarClient client = track(PilarClient.builder().baseUrl(server.url()).credentials(USERNAME, "salah-sandi")
                .outboxDirectory(dir).build());
        client.outbox().enqueue(notice(1));
        client.outbox().enqueue(notice(2));

        SyncReport report = client.outbox().flush();

        assertEquals(2, report.pending());
        assertEquals(0, report.rejected());
        assertEquals(401, report.stoppedBy().orElseThrow().status());
        assertEquals(0, server.noticeCount());
    }

    @Test
    void itemsOfAnotherAccountAreNeverSentUnderThisOne() {
        client(server.url()).outbox().enqueue(notice(1));
        PilarClient other = track(PilarClient.builder().baseUrl(server.url()).credentials("tksk.asakota", "x")
                .outboxDirectory(dir).build());

        SyncReport report = other.outbox().flush();

        assertEquals(1, report.pending());
        assertEquals(0, server.requests().size());
    }

    @Test
    void clearSentKeepsWhatUnsentItemsStillNeed() {
        PilarClient client = client(server.url());
        OutboxItem notice = client.outbox().enqueue(notice(1));
        client.outbox().acknowledgeNotice(notice.ref(), new Acknowledgement("Hj. Siti Aminah, Kasi Kesos", "Siap"));
        server.failNext(postEndingWith("/acknowledge"), problem(503, "/problems/unavailable", "Sibuk", null));
        client.outbox().flush();

        assertEquals(0, client.outbox().clearSent());

        client.outbox().flush();

        assertEquals(2, client.outbox().clearSent());
        assertTrue(client.outbox().items().isEmpty());
    }

    @Test
    void itemsRecordTheirKindAttemptsAndServerNumber() {
        PilarClient client = client(server.url());
        client.outbox().enqueue(newCase("Wa Ina"));
        server.failNext(post("/api/v1/cases"), problem(500, "/problems/internal", "Kesalahan", null));
        client.outbox().flush();
        client.outbox().flush();

        OutboxItem item = client.outbox().items().get(0);

        assertEquals(Kind.NEW_CASE, item.kind());
        assertEquals(2, item.attempts());
        assertEquals("PPKS-2026-000001", item.serverNumber());
        assertNotNull(item.lastAttemptAt());
    }

    @Test
    void aDamagedItemFileIsSetAsideAndBlocksNothing() throws IOException {
        PilarClient client = client(server.url());
        client.outbox().enqueue(notice(1));
        Path damaged = dir.resolve("000000000002-0b8f9a52-0000-4000-8000-000000000000.json");
        Files.writeString(damaged, "{\"format\":1,\"id\":");

        SyncReport report = client.outbox().flush();

        assertEquals(1, report.sent());
        assertTrue(Files.exists(damaged.resolveSibling(damaged.getFileName() + ".unreadable")));
        assertEquals(1, client.outbox().items().size());
    }

    @Test
    void anOutboxNeedsADirectory() {
        PilarClient client = track(PilarClient.builder().baseUrl(server.url()).build());

        assertThrows(IllegalStateException.class, client::outbox);
    }

    private PilarClient client(String baseUrl) {
        return track(PilarClient.builder().baseUrl(baseUrl).credentials(USERNAME, PASSWORD).outboxDirectory(dir)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).build());
    }

    private PilarClient track(PilarClient client) {
        clients.add(client);
        return client;
    }

    static NewNotice notice(int i) {
        Instant start = START.plus(Duration.ofHours(i));
        return NewNotice.builder().kelurahanCode("52.72.03.1004").rw(2).rt(3).plannedStart(start)
                .plannedEnd(start.plus(Duration.ofHours(2))).purpose(NoticePurpose.HOME_VISIT)
                .description("Kunjungan rumah " + i).build();
    }

    static NewCase newCase(String name) {
        return NewCase.builder().category("LANJUT_USIA_TELANTAR").subject(new CaseSubject(name, null, Gender.P, null, 78))
                .address(new CaseAddress("52.72.03.1004", 2, 3, null)).urgency(Urgency.URGENT).build();
    }

    private static List<String> keysOf(List<RecordedRequest> requests,
            java.util.function.Predicate<RecordedRequest> filter) {
        return requests.stream().filter(filter).map(r -> r.getHeaders().get("Idempotency-Key")).toList();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
