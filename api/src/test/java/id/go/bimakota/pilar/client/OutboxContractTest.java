package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.KOLO;
import static id.go.bimakota.pilar.client.Contract.SANTI;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static id.go.bimakota.pilar.client.Contract.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Member;
import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.OutboxItem.Kind;
import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Case;
import id.go.bimakota.pilar.client.model.Notice;
import id.go.bimakota.pilar.client.model.NoticeQuery;
import id.go.bimakota.pilar.client.model.NoticeStatus;
import id.go.bimakota.pilar.client.model.TimelineEntry;
import id.go.bimakota.pilar.client.model.VisitReport;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against the real service: the "Done when" scenarios of issue 7 and every kind of item. */
@QuarkusTest
class OutboxContractTest extends ContractTestBase {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    Path temp;

    /** Everything the server holds that {@code pillar} leads or is on the team of, by description. */
    private Map<String, List<Notice>> noticesOf(Member pillar) {
        // Pages of 7: counting also proves that iterating follows nextCursor to the end.
        return contract.sharedAdmin().notices().list(NoticeQuery.builder().pillar(pillar.id()).limit(7).build())
                .stream().collect(Collectors.groupingBy(Notice::description));
    }

    @Test
    void twentyNoticesFiledWithTheServiceDownAreSentOnceItIsReachableAndOnlyOnce() {
        Member psm = contract.psm(SANTI);
        Path outbox = temp.resolve("outbox");
        Instant start = NoticesContractTest.inTwoDays();
        String down = Contract.closedPortUrl();

        try (PilarClient offline = PilarClient.builder().baseUrl(down).credentials(psm.username(), PASSWORD)
                .outboxDirectory(outbox).connectTimeout(CONNECT_TIMEOUT).build()) {
            for (int i = 0; i < 20; i++) {
                offline.outbox().enqueue(notice(start.plus(Duration.ofMinutes(i)), "offline #" + i).kelurahanCode(SANTI)
                        .build());
            }
            long began = System.nanoTime();
            SyncReport first = offline.outbox().flush();
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertEquals(20, first.pending(), first.toString());
            assertEquals(0, first.sent());
            assertEquals(0, first.rejected());
            assertTrue(first.stoppedBy().orElseThrow().isNetworkError());
            assertTrue(first.stoppedBy().orElseThrow().isRetryable());
            assertTrue(took.compareTo(CONNECT_TIMEOUT) < 0, "returned within the connect timeout: " + took);
        }

        Wire wire = new Wire();
        try (PilarClient online = contract.client(psm.username(), PASSWORD, wire, outbox, "id")) {
            SyncReport second = online.outbox().flush();

            assertEquals(20, second.sent(), second.toString());
            assertEquals(0, second.pending());
            assertEquals(0, second.rejected());
            Map<String, List<Notice>> onServer = noticesOf(psm);
            assertEquals(20, onServer.values().stream().mapToInt(List::size).sum(), "the server holds exactly 20");
            for (int i = 0; i < 20; i++) {
                assertEquals(1, onServer.getOrDefault("offline #" + i, List.of()).size(), "offline #" + i);
            }
            List<OutboxItem> items = online.outbox().items();
            assertTrue(items.stream().allMatch(item -> item.state() == State.SENT));
            assertEquals(onServer.values().stream().flatMap(List::stream).map(Notice::id).collect(Collectors.toSet()),
                    items.stream().map(OutboxItem::serverId).collect(Collectors.toSet()), "SENT items keep the server ids");
            assertTrue(items.stream().allMatch(item -> item.serverNumber().matches("KL-\\d{4}-\\d{6}")));
            List<String> keys = wire.exchanges(e -> e.is("POST", "/api/v1/notices")).stream()
                    .map(e -> e.requestHeaders().get("Idempotency-Key")).sorted().toList();
            // Sorted: independent items go several at once (outboxParallelism), so their order on the wire varies.
            assertEquals(items.stream().map(OutboxItem::idempotencyKey).sorted().toList(), keys,
                    "each item went once, with its own key");

            wire.clear();
            SyncReport third = online.outbox().flush();
            assertEquals(0, third.sent());
            assertEquals(0, third.pending());
            assertEquals(List.of(), wire.summary(), "a further flush sends nothing");
            assertEquals(20, noticesOf(psm).values().stream().mapToInt(List::size).sum());
        }
    }

    @Test
    void oneInvalidItemIsRejectedWithItsProblemAndTheOthersAreSent() {
        Member psm = contract.psm(KOLO);
        Instant start = NoticesContractTest.inTwoDays();
        try (PilarClient client = contract.client(psm.username(), PASSWORD, new Wire(), temp.resolve("outbox"), "en")) {
            client.outbox().enqueue(notice(start, "valid #0").build());
            client.outbox().enqueue(notice(start, "valid #1").build());
            OutboxItem bad = client.outbox().enqueue(notice(start, "invalid").kelurahanCode("52.72.03.1999").build());
            client.outbox().enqueue(notice(start, "valid #2").build());
            OutboxItem past = client.outbox().enqueue(notice(Instant.now().minus(Duration.ofDays(1)), "in the past")
                    .build());
            client.outbox().enqueue(notice(start, "valid #3").build());

            SyncReport report = client.outbox().flush();

            assertEquals(4, report.sent(), report.toString());
            assertEquals(2, report.rejected());
            assertEquals(0, report.pending());
            Map<String, OutboxItem> byId = client.outbox().items().stream()
                    .collect(Collectors.toMap(OutboxItem::id, Function.identity()));
            OutboxItem rejected = byId.get(bad.id());
            assertEquals(State.REJECTED, rejected.state());
            assertEquals("/problems/validation", rejected.problem().type());
            assertEquals(400, rejected.problem().status());
            assertEquals("kelurahanCode", rejected.problem().errors().get(0).field());
            assertNotNull(rejected.problem().errors().get(0).message());
            assertEquals("plannedStart", byId.get(past.id()).problem().errors().get(0).field());
            assertEquals(Map.of("valid #0", 1, "valid #1", 1, "valid #2", 1, "valid #3", 1),
                    noticesOf(psm).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));

            client.outbox().discard(bad.id());
            client.outbox().discard(past.id());
            assertEquals(4, client.outbox().items().size());
            assertEquals(4, client.outbox().clearSent());
            assertEquals(List.of(), client.outbox().items());
        }
    }

    @Test
    void offlineWorkThatBuildsOnOfflineWorkGoesWithTheRealIds() {
        Member psm = contract.psm(KOLO);
        Instant started = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant later = NoticesContractTest.inTwoDays();
        Path outbox = temp.resolve("outbox");
        try (PilarClient client = contract.client(psm.username(), PASSWORD, new Wire(), outbox, "id")) {
            OutboxItem newCase = client.outbox().enqueue(CasesContractTest.newCase(Contract.randomNik(),
                    "LANSIA_TELANTAR").build());
            OutboxItem visit = client.outbox().enqueue(notice(started, "Kunjungan dengan kasus")
                    .caseIds(List.of(newCase.ref())).build());
            OutboxItem note = client.outbox().addCaseNote(newCase.ref(), "Dicatat tanpa sinyal");
            OutboxItem report = client.outbox().completeNotice(visit.ref(), VisitReport.builder()
                    .outcome("Lansia dikunjungi, perlu bantuan makanan").householdsVisited(1).followUpNeeded(true)
                    .caseIds(List.of(newCase.ref())).build());
            OutboxItem plan = client.outbox().enqueue(notice(later, "Akan dibatalkan").build());
            OutboxItem cancel = client.outbox().cancelNotice(plan.ref(), "Hujan deras");

            SyncReport sync = client.outbox().flush();

            assertEquals(6, sync.sent(), sync.toString());
            Map<String, OutboxItem> items = client.outbox().items().stream()
                    .collect(Collectors.toMap(OutboxItem::id, Function.identity()));
            String caseId = items.get(newCase.id()).serverId();
            String noticeId = items.get(visit.id()).serverId();
            assertTrue(items.get(newCase.id()).serverNumber().matches("PPKS-\\d{4}-\\d{6}"));
            assertEquals(Kind.ADD_CASE_NOTE, items.get(note.id()).kind());
            assertEquals(noticeId, items.get(report.id()).serverId(), "an action answers the notice it acted on");
            assertEquals(items.get(plan.id()).serverId(), items.get(cancel.id()).serverId());

            Case reported = client.cases().get(caseId);
            assertEquals(psm.id(), reported.leadPillarId());
            Notice completed = client.notices().get(noticeId);
            assertEquals(NoticeStatus.COMPLETED, completed.status());
            assertEquals(List.of(caseId), completed.caseIds());
            assertEquals(1, completed.visitReport().householdsVisited());
            assertEquals(NoticeStatus.CANCELLED, client.notices().get(items.get(plan.id()).serverId()).status());
            List<TimelineEntry> timeline = client.cases().timeline(caseId).stream().toList();
            assertTrue(timeline.stream().anyMatch(e -> e.type() == TimelineEntry.Type.NOTE
                    && e.id().equals(items.get(note.id()).serverId()) && "Dicatat tanpa sinyal".equals(e.note())));
            assertTrue(timeline.stream().anyMatch(e -> e.type() == TimelineEntry.Type.FIELD_VISIT
                    && noticeId.equals(e.noticeId())));
        }
    }

    @Test
    void aKelurahanOfficerAcknowledgesFromTheOutbox() {
        Member psm = contract.psm(KOLO);
        String officer = Contract.officer(KOLO);
        Notice filed;
        try (PilarClient lead = psm.client(contract, new Wire())) {
            filed = lead.notices().create(notice(NoticesContractTest.inTwoDays(), "Untuk diterima").build());
        }
        try (PilarClient kelurahan = contract.client(officer, PASSWORD, new Wire(), temp.resolve("kelurahan"), "id")) {
            OutboxItem ack = kelurahan.outbox().acknowledgeNotice(filed.id(),
                    new Acknowledgement("Hj. Siti Aminah, Kasi Kesos", "Siap"));
            OutboxItem again = kelurahan.outbox().acknowledgeNotice(filed.id(), new Acknowledgement("Dua kali", null));

            SyncReport sync = kelurahan.outbox().flush();

            assertEquals(1, sync.sent(), sync.toString());
            assertEquals(1, sync.rejected(), "the second acknowledgement finds the notice acknowledged");
            List<OutboxItem> items = kelurahan.outbox().items();
            assertEquals(State.SENT, items.get(0).state());
            assertEquals(filed.number(), items.get(0).serverNumber());
            assertEquals(ack.id(), items.get(0).id());
            assertEquals(again.id(), items.get(1).id());
            assertEquals("/problems/invalid-state", items.get(1).problem().type());
            assertEquals(NoticeStatus.ACKNOWLEDGED, kelurahan.notices().get(filed.id()).status());
        }
    }

    @Test
    void anAnswerLostAfterTheServiceAppliedTheItemIsReplayedNotRepeated() {
        Member psm = contract.psm(KOLO);
        Wire wire = new Wire();
        AtomicBoolean dropNext = new AtomicBoolean(true);
        wire.inject(chain -> {
            Response response = chain.proceed(chain.request());
            if (chain.request().url().encodedPath().equals("/api/v1/notices") && dropNext.getAndSet(false)) {
                response.close();
                throw new IOException("connection reset after the service answered");
            }
            return response;
        });
        try (PilarClient client = contract.client(psm.username(), PASSWORD, wire, temp.resolve("outbox"), "id")) {
            OutboxItem item = client.outbox().enqueue(notice(NoticesContractTest.inTwoDays(), "jawaban hilang").build());

            SyncReport lost = client.outbox().flush();
            assertEquals(1, lost.pending(), lost.toString());
            assertTrue(lost.stoppedBy().orElseThrow().isNetworkError());
            assertEquals(1, noticesOf(psm).values().stream().mapToInt(List::size).sum(), "the service did apply it");

            SyncReport retried = client.outbox().flush();
            assertEquals(1, retried.sent(), retried.toString());

            List<Contract.Wire.Exchange> posts = wire.exchanges(e -> e.is("POST", "/api/v1/notices"));
            assertEquals(2, posts.size());
            assertEquals(new HashSet<>(List.of(item.idempotencyKey())),
                    posts.stream().map(e -> e.requestHeaders().get("Idempotency-Key")).collect(Collectors.toSet()),
                    "the retry carries the same key");
            assertEquals(posts.get(0).requestBody(), posts.get(1).requestBody(), "and the same body");
            assertEquals(201, posts.get(1).status());
            assertEquals("true", posts.get(1).responseHeaders().get("Idempotent-Replayed"));
            assertEquals(posts.get(0).body(), posts.get(1).body(), "the first answer, replayed");
            Map<String, List<Notice>> onServer = noticesOf(psm);
            assertEquals(1, onServer.values().stream().mapToInt(List::size).sum(), "still one notice");
            assertEquals(onServer.get("jawaban hilang").get(0).id(), client.outbox().items().get(0).serverId());
        }
    }
}
