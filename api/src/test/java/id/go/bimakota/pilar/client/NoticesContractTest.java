package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.ASAKOTA;
import static id.go.bimakota.pilar.client.Contract.KOLO;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static id.go.bimakota.pilar.client.Contract.assertParsedExactly;
import static id.go.bimakota.pilar.client.Contract.assertParsedItemsExactly;
import static id.go.bimakota.pilar.client.Contract.assertProblem;
import static id.go.bimakota.pilar.client.Contract.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Member;
import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Agenda;
import id.go.bimakota.pilar.client.model.Case;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.Notice;
import id.go.bimakota.pilar.client.model.NoticeHistoryEntry;
import id.go.bimakota.pilar.client.model.NoticeOverlap;
import id.go.bimakota.pilar.client.model.NoticePatch;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import id.go.bimakota.pilar.client.model.NoticeQuery;
import id.go.bimakota.pilar.client.model.NoticeStatus;
import id.go.bimakota.pilar.client.model.PillarType;
import id.go.bimakota.pilar.client.model.Reschedule;
import id.go.bimakota.pilar.client.model.RescheduleRequest;
import id.go.bimakota.pilar.client.model.VisitReport;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code client.notices()} (every action, join, overlaps) and {@code client.agenda()} against the real service. */
@QuarkusTest
class NoticesContractTest extends ContractTestBase {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** A start two days ahead, on the minute: in time (not short notice) and never in the past. */
    static Instant inTwoDays() {
        return Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void aNoticeIsFiledReadListedChangedAcknowledgedAndCancelled() {
        Member lead = contract.psm(KOLO);
        Member teammate = contract.psm(KOLO);
        String officer = Contract.officer(KOLO);
        Instant start = inTwoDays();
        Wire wire = new Wire();
        try (PilarClient client = lead.client(contract, wire);
                PilarClient kelurahan = contract.client(officer, PASSWORD, wire)) {
            Case linked = client.cases().create(CasesContractTest.newCase(Contract.randomNik(), "LANSIA_TELANTAR").build());
            Notice created = client.notices().create(notice(start, "Asesmen lansia telantar")
                    .location("Rumah Ketua RT 003").requestsToKelurahan("Mohon didampingi Ketua RT 003")
                    .teamPillarIds(List.of(teammate.id())).otherParticipants("2 staf Dinas Sosial")
                    .caseIds(List.of(linked.id())).contactPhone("0812-3456-7890").build());
            assertParsedExactly(wire, created);
            assertEquals(201, wire.last().status());
            assertTrue(created.number().matches("KL-\\d{4}-\\d{6}"), created.number());
            assertEquals(NoticeStatus.SUBMITTED, created.status());
            assertEquals("Kolo", created.kelurahanName());
            assertEquals(ASAKOTA, created.kecamatanCode());
            assertEquals(lead.id(), created.leadPillarId());
            assertEquals(lead.pillar().fullName(), created.leadPillarName());
            assertEquals(List.of(teammate.id()), created.teamPillarIds());
            assertEquals(List.of(linked.id()), created.caseIds());
            assertEquals("+6281234567890", created.contactPhone());
            assertEquals(start, created.plannedStart());
            assertFalse(created.shortNotice());
            assertEquals(List.of("submit"), created.history().stream().map(NoticeHistoryEntry::action).toList());
            assertEquals(lead.username(), created.history().get(0).actor());

            Notice read = client.notices().get(created.id());
            assertParsedExactly(wire, read);
            Page<Notice> listed = client.notices().list(NoticeQuery.builder().kelurahan(KOLO).kecamatan(ASAKOTA)
                    .status(NoticeStatus.SUBMITTED).purpose(NoticePurpose.HOME_VISIT).pillar(teammate.id())
                    .from(start.minus(Duration.ofHours(1))).to(start.plus(Duration.ofHours(1))).limit(10).build());
            assertParsedItemsExactly(wire, listed.items());
            assertEquals(List.of(created.id()), listed.items().stream().map(Notice::id).toList());

            Notice changed = client.notices().update(created.id(), read.version(), NoticePatch.builder()
                    .location("Balai RW 002").description("Asesmen dan verifikasi").otherParticipants("")
                    .contactPhone("+62 853 3812 0077").teamPillarIds(List.of()).build());
            assertParsedExactly(wire, changed);
            assertEquals("\"" + read.version() + "\"", wire.last().requestHeaders().get("If-Match"));
            assertEquals("Balai RW 002", changed.location());
            assertEquals("+6285338120077", changed.contactPhone());
            assertEquals(List.of(), changed.teamPillarIds());
            assertProblem(412, "/problems/precondition-failed", () -> client.notices().update(created.id(),
                    read.version(), NoticePatch.builder().location("basi").build()));

            // The kelurahan's inbox: linked cases only as counts per category.
            Notice inbox = kelurahan.notices().get(created.id());
            assertParsedExactly(wire, inbox);
            assertEquals(List.of(), inbox.caseIds());
            assertEquals(1L, inbox.caseCountsByCategory().get("LANSIA_TELANTAR"));
            assertEquals(List.of("acknowledge", "request-reschedule"), inbox.allowedActions());
            assertProblem(403, "/problems/forbidden",
                    () -> client.notices().acknowledge(created.id(), new Acknowledgement("Bukan kelurahan", null)));

            Notice acknowledged = kelurahan.notices().acknowledge(created.id(),
                    new Acknowledgement("H. Abdul Rahman, Lurah Kolo", "Ketua RT 003 akan mendampingi"));
            assertParsedExactly(wire, acknowledged);
            assertEquals(200, wire.last().status());
            assertEquals(NoticeStatus.ACKNOWLEDGED, acknowledged.status());
            assertEquals("H. Abdul Rahman, Lurah Kolo", acknowledged.acknowledgement().acknowledgedBy());
            assertTrue(acknowledged.acknowledgement().at() != null);
            PilarApiException twice = assertProblem(409, "/problems/invalid-state", () -> kelurahan.notices()
                    .acknowledge(created.id(), new Acknowledgement("Lagi", null)));
            assertEquals("ACKNOWLEDGED", twice.problem().orElseThrow().extensions().get("currentState"));

            Notice cancelled = client.notices().cancel(created.id(), "Cuaca buruk, kunjungan ditunda");
            assertParsedExactly(wire, cancelled);
            assertEquals(NoticeStatus.CANCELLED, cancelled.status());
            assertEquals("Cuaca buruk, kunjungan ditunda", cancelled.cancelReason());
            assertEquals(List.of("submit", "acknowledge", "cancel"),
                    cancelled.history().stream().map(NoticeHistoryEntry::action).toList());
            assertEquals(List.of(), cancelled.allowedActions());
            assertProblem(409, "/problems/invalid-state", () -> client.notices().update(created.id(),
                    cancelled.version(), NoticePatch.builder().location("Setelah batal").build()));
        }
    }

    @Test
    void theKelurahanAsksForAnotherTimeAndTheLeadReschedules() {
        Member lead = contract.psm(KOLO);
        String officer = Contract.officer(KOLO);
        Instant start = inTwoDays();
        Wire wire = new Wire();
        try (PilarClient client = lead.client(contract, wire);
                PilarClient kelurahan = contract.client(officer, PASSWORD, wire)) {
            Notice created = client.notices().create(notice(start, "Verifikasi DTKS")
                    .purpose(NoticePurpose.VERIFICATION).build());

            Instant proposed = start.plus(Duration.ofDays(1));
            Notice asked = kelurahan.notices().requestReschedule(created.id(),
                    new RescheduleRequest(proposed, proposed.plus(Duration.ofHours(2)), "Ada posyandu pada jam itu"));
            assertParsedExactly(wire, asked);
            assertEquals(NoticeStatus.RESCHEDULE_REQUESTED, asked.status());
            assertEquals(new RescheduleRequest(proposed, proposed.plus(Duration.ofHours(2)), "Ada posyandu pada jam itu"),
                    asked.rescheduleRequest());
            assertProblem(400, "/problems/validation", () -> client.notices().reschedule(created.id(),
                    new Reschedule(proposed, proposed.plus(Duration.ofHours(13)), null)));

            Notice moved = client.notices().reschedule(created.id(),
                    new Reschedule(proposed, proposed.plus(Duration.ofHours(2)), "Sesuai usulan kelurahan"));
            assertParsedExactly(wire, moved);
            assertEquals(NoticeStatus.SUBMITTED, moved.status(), "the kelurahan is asked again");
            assertEquals(proposed, moved.plannedStart());
            assertEquals(List.of("submit", "request-reschedule", "reschedule"),
                    moved.history().stream().map(NoticeHistoryEntry::action).toList());
        }
    }

    @Test
    void aVisitIsCompletedWithItsReportOnceItHasStarted() {
        Member lead = contract.psm(KOLO);
        Wire wire = new Wire();
        try (PilarClient client = lead.client(contract, wire)) {
            Case visited = client.cases().create(CasesContractTest.newCase(Contract.randomNik(), "FAKIR_MISKIN").build());
            Notice later = client.notices().create(notice(inTwoDays(), "Belum dimulai").build());
            PilarApiException early = assertProblem(409, "/problems/invalid-state", () -> client.notices()
                    .complete(later.id(), VisitReport.builder().outcome("Terlalu cepat").householdsVisited(0)
                            .followUpNeeded(false).build()));
            assertEquals("SUBMITTED", early.problem().orElseThrow().extensions().get("currentState"));

            // A visit that started two minutes ago (the service takes a few minutes' clock drift as "now").
            Instant started = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
            Notice urgent = client.notices().create(notice(started, "Respons cepat").build());
            assertTrue(urgent.shortNotice());
            assertTrue(urgent.awaitingAcknowledgement());
            assertProblem(400, "/problems/validation", () -> client.notices().complete(urgent.id(),
                    VisitReport.builder().outcome("Tanpa jumlah rumah").build()));

            Notice completed = client.notices().complete(urgent.id(), VisitReport.builder()
                    .outcome("3 rumah dikunjungi, 1 lansia perlu kursi roda").householdsVisited(3).followUpNeeded(true)
                    .caseIds(List.of(visited.id())).build());
            assertParsedExactly(wire, completed);
            assertEquals(NoticeStatus.COMPLETED, completed.status());
            assertTrue(completed.completedWithoutAcknowledgement());
            assertEquals(3, completed.visitReport().householdsVisited());
            assertEquals(List.of(visited.id()), completed.visitReport().caseIds());
            assertEquals(List.of(visited.id()), completed.caseIds(), "the report links its cases to the notice");

            List<String> onTheCase = client.cases().timeline(visited.id()).stream()
                    .filter(e -> e.noticeId() != null).map(e -> e.noticeNumber() + " " + e.action()).toList();
            assertEquals(List.of(completed.number() + " notice-complete"), onTheCase);
        }
    }

    @Test
    void anOverlappingVisitIsShownAndAnotherPillarJoinsInstead() {
        Member first = contract.psm(KOLO);
        Member tksk = contract.pillar(PillarType.TKSK, null, ASAKOTA);
        Instant start = inTwoDays();
        Wire wire = new Wire();
        try (PilarClient lead = first.client(contract, wire); PilarClient other = tksk.client(contract, wire)) {
            Notice mine = lead.notices().create(notice(start, "Kunjungan pertama").build());
            NewNotice overlapping = notice(start.plus(Duration.ofHours(1)), "Kunjungan kedua")
                    .purpose(NoticePurpose.ASSESSMENT).build();

            Notice theirs = other.notices().create(overlapping);
            assertParsedExactly(wire, theirs);
            NoticeOverlap overlap = theirs.overlaps().stream().filter(o -> o.id().equals(mine.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no overlap with " + mine.number() + ": " + theirs.overlaps()));
            assertEquals(mine.number(), overlap.number());
            assertEquals(first.pillar().fullName(), overlap.leadPillarName());
            assertEquals(first.pillar().phone(), overlap.leadPillarPhone());
            assertEquals(NoticeStatus.SUBMITTED, overlap.status());
            assertEquals(NoticePurpose.HOME_VISIT, overlap.purpose());
            assertTrue(lead.notices().get(mine.id()).overlaps().stream().anyMatch(o -> o.id().equals(theirs.id())));

            Notice joined = other.notices().join(mine.id());
            assertParsedExactly(wire, joined);
            assertEquals(200, wire.last().status());
            assertTrue(joined.teamPillarIds().contains(tksk.id()));
            assertEquals(NoticeStatus.SUBMITTED, joined.status());
            Notice again = other.notices().join(mine.id());
            assertEquals(joined.version(), again.version(), "joining twice changes nothing");
            assertEquals(List.of("submit", "join"), again.history().stream().map(NoticeHistoryEntry::action).toList());
            assertEquals(tksk.username(), again.history().get(1).actor());
            assertFalse(lead.notices().get(mine.id()).allowedActions().contains("join"), "the lead is in already");

            try (PilarClient admin = contract.admin(new Wire())) {
                assertProblem(403, "/problems/forbidden", () -> admin.notices().join(mine.id()));
                assertProblem(400, "/problems/validation", () -> admin.notices().create(notice(start, "Tanpa pemimpin")
                        .build()));
                Notice onBehalf = admin.notices().create(notice(start, "Atas nama PSM").leadPillarId(first.id()).build());
                assertEquals(first.id(), onBehalf.leadPillarId());
            }
        }
    }

    @Test
    void refusalsArriveAsProblemsInTheChosenLanguage() {
        Member psm = contract.psm(KOLO);
        Instant past = Instant.now().minus(Duration.ofDays(1));
        NewNotice invalid = notice(past, "Di masa lalu").kelurahanCode("52.72.03.1999").build();
        try (PilarClient id = contract.client(psm.username(), PASSWORD, new Wire(), null, "id");
                PilarClient en = contract.client(psm.username(), PASSWORD, new Wire(), null, "en")) {
            PilarApiException inIndonesian = assertProblem(400, "/problems/validation",
                    () -> id.notices().create(invalid));
            PilarApiException inEnglish = assertProblem(400, "/problems/validation", () -> en.notices().create(invalid));

            assertEquals("kelurahanCode", inIndonesian.fieldErrors().get(0).field());
            assertNotEquals(inEnglish.fieldErrors().get(0).message(), inIndonesian.fieldErrors().get(0).message());
            assertFalse(inIndonesian.isRetryable());
            assertEquals("/api/v1/notices", inIndonesian.problem().orElseThrow().instance());

            String submitted = id.notices().create(notice(inTwoDays(), "Sah").build()).id();
            assertProblem(404, "/problems/not-found", () -> id.notices().get("7d1f3c3e-0000-4000-8000-000000000000"));
            assertProblem(400, "/problems/validation", () -> id.notices().get("bukan-uuid"));
            // The state is checked before the new times: only a requested reschedule can be answered.
            PilarApiException notAsked = assertProblem(409, "/problems/invalid-state", () -> id.notices()
                    .reschedule(submitted, new Reschedule(past, past.plus(Duration.ofHours(1)), null)));
            // (complete only once the visit has started: allowedActions lists what would be accepted now)
            assertEquals(List.of("cancel"), notAsked.problem().orElseThrow().extensions().get("allowedActions"));
        }
    }

    @Test
    void theAgendaGroupsTheDaysVisitsByKecamatanAndKelurahan() {
        Member psm = contract.psm(KOLO);
        String officer = Contract.officer(KOLO);
        Instant start = inTwoDays();
        LocalDate day = start.atZone(WITA).toLocalDate();
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire);
                PilarClient kelurahan = contract.client(officer, PASSWORD, wire)) {
            Notice notice = client.notices().create(notice(start, "Untuk agenda").build());
            Notice elsewhere = client.notices().create(notice(start, "Di Paruga").kelurahanCode("52.72.01.1001").build());

            Agenda agenda = client.agenda().day(day);
            assertParsedExactly(wire, agenda);
            assertEquals(day, agenda.from());
            assertEquals(day, agenda.to());
            Agenda.KecamatanGroup asakota = agenda.kecamatan().stream().filter(k -> k.code().equals(ASAKOTA))
                    .findFirst().orElseThrow();
            assertEquals("Asakota", asakota.name());
            Agenda.KelurahanGroup kolo = asakota.kelurahan().stream().filter(k -> k.code().equals(KOLO))
                    .findFirst().orElseThrow();
            assertEquals("Kolo", kolo.name());
            Agenda.Visit visit = kolo.notices().stream().filter(v -> v.id().equals(notice.id())).findFirst()
                    .orElseThrow();
            assertEquals(notice.number(), visit.number());
            assertEquals(psm.pillar().fullName(), visit.leadPillarName());
            assertEquals(NoticeStatus.SUBMITTED, visit.status());
            assertTrue(agenda.kecamatan().stream().anyMatch(k -> k.code().equals("52.72.01")));

            Agenda oneKecamatan = client.agenda().day(day, ASAKOTA);
            assertParsedExactly(wire, oneKecamatan);
            assertEquals(List.of(ASAKOTA), oneKecamatan.kecamatan().stream().map(Agenda.KecamatanGroup::code).toList());
            Agenda week = client.agenda().range(day.minusDays(3), day.plusDays(3));
            assertParsedExactly(wire, week);
            assertTrue(week.kecamatan().stream().flatMap(k -> k.kelurahan().stream()).flatMap(k -> k.notices().stream())
                    .anyMatch(v -> v.id().equals(elsewhere.id())));
            assertProblem(400, "/problems/validation", () -> client.agenda().range(day, day.plusDays(31)));

            Agenda officersDay = kelurahan.agenda().day(day);
            assertEquals(List.of(KOLO), officersDay.kecamatan().stream().flatMap(k -> k.kelurahan().stream())
                    .map(Agenda.KelurahanGroup::code).distinct().toList(), "an officer sees their own kelurahan");
            assertNull(officersDay.kecamatan().stream().flatMap(k -> k.kelurahan().stream())
                    .flatMap(k -> k.notices().stream()).filter(v -> v.id().equals(elsewhere.id())).findAny()
                    .orElse(null));
        }
    }
}
