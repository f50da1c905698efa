package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.KOLO;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static id.go.bimakota.pilar.client.Contract.assertParsedExactly;
import static id.go.bimakota.pilar.client.Contract.assertParsedItemsExactly;
import static id.go.bimakota.pilar.client.Contract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Member;
import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.model.Case;
import id.go.bimakota.pilar.client.model.CaseAction;
import id.go.bimakota.pilar.client.model.CaseAddress;
import id.go.bimakota.pilar.client.model.CaseAssignment;
import id.go.bimakota.pilar.client.model.CasePatch;
import id.go.bimakota.pilar.client.model.CaseQuery;
import id.go.bimakota.pilar.client.model.CaseReport;
import id.go.bimakota.pilar.client.model.CaseSource;
import id.go.bimakota.pilar.client.model.CaseStatus;
import id.go.bimakota.pilar.client.model.CaseSubject;
import id.go.bimakota.pilar.client.model.CaseTransition;
import id.go.bimakota.pilar.client.model.Gender;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.PpksCategory;
import id.go.bimakota.pilar.client.model.Problem;
import id.go.bimakota.pilar.client.model.Role;
import id.go.bimakota.pilar.client.model.SourceKind;
import id.go.bimakota.pilar.client.model.TimelineEntry;
import id.go.bimakota.pilar.client.model.Urgency;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code client.cases()} and {@code client.reports().cases…}: the PPKS workflow against the real service. */
@QuarkusTest
class CasesContractTest extends ContractTestBase {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    static NewCase.Builder newCase(String nik, String category) {
        return NewCase.builder().category(category)
                .subject(new CaseSubject("Wa Ina", nik, Gender.P, LocalDate.of(1945, 7, 5), null))
                .address(new CaseAddress(KOLO, 2, 3, "Jl. Gatot Subroto"))
                .description("Lansia tinggal sendiri").urgency(Urgency.URGENT)
                .source(new CaseSource(SourceKind.PILLAR, "Ketua RT 003", "0812-3456-7890"))
                .consent(true, LocalDate.now(WITA));
    }

    @Test
    void categoriesAreOpenReferenceData() {
        Wire wire = new Wire();
        try (PilarClient anonymous = Contract.client(contract.baseUrl(), null, null, wire, null, "id")) {
            List<PpksCategory> categories = anonymous.cases().categories();

            assertParsedItemsExactly(wire, categories);
            assertEquals(26, categories.size());
            assertEquals(1, categories.get(0).ordinal());
            assertTrue(categories.stream().anyMatch(c -> c.code().equals("LANSIA_TELANTAR")));
        }
    }

    @Test
    void aCaseGoesThroughTheWholeWorkflowWithItsTimeline() {
        Member lead = contract.psm(KOLO);
        Member support = contract.psm(KOLO);
        String nik = Contract.randomNik();
        Wire wire = new Wire();
        try (PilarClient client = lead.client(contract, wire)) {
            Case created = client.cases().create(newCase(nik, "LANSIA_TELANTAR")
                    .supportPillarIds(List.of(support.id())).build());
            assertParsedExactly(wire, created);
            assertEquals(201, wire.last().status());
            assertTrue(created.number().matches("PPKS-\\d{4}-\\d{6}"), created.number());
            assertEquals(CaseStatus.REPORTED, created.status());
            assertEquals(lead.id(), created.leadPillarId(), "the reporting pillar leads by default");
            assertEquals(List.of(support.id()), created.supportPillarIds());
            assertEquals(nik, created.subject().nik(), "the lead sees the full NIK");
            assertTrue(created.allowedActions().containsAll(List.of(CaseAction.VERIFY.code(), CaseAction.REJECT.code())));

            Case read = client.cases().get(created.id());
            assertParsedExactly(wire, read);
            Page<Case> found = client.cases().list(CaseQuery.builder().q(created.number()).status(CaseStatus.REPORTED)
                    .category("LANSIA_TELANTAR").kelurahan(KOLO).kecamatan("52.72.03").leadPillar(lead.id())
                    .urgency(Urgency.URGENT).reportedFrom(LocalDate.now(WITA).minusDays(1))
                    .reportedTo(LocalDate.now(WITA)).limit(5).build());
            assertParsedItemsExactly(wire, found.items());
            assertEquals(List.of(created.id()), found.items().stream().map(Case::id).toList());

            Case patched = client.cases().update(created.id(), read.version(), CasePatch.builder()
                    .description("Lansia tinggal sendiri, perlu kursi roda").urgency(Urgency.EMERGENCY).build());
            assertParsedExactly(wire, patched);
            assertEquals(Urgency.EMERGENCY, patched.urgency());
            assertProblem(412, "/problems/precondition-failed", () -> client.cases().update(created.id(),
                    read.version(), CasePatch.builder().description("basi").build()));

            Case verified = client.cases().transition(created.id(), CaseTransition.of(CaseAction.VERIFY, "Sudah dicek"));
            assertParsedExactly(wire, verified);
            assertEquals("{\"action\":\"verify\",\"note\":\"Sudah dicek\"}", requestBody(wire));
            assertEquals(CaseStatus.VERIFIED, verified.status());
            PilarApiException wrong = assertProblem(409, "/problems/invalid-state",
                    () -> client.cases().transition(created.id(), CaseTransition.of(CaseAction.CLOSE, "Terlalu cepat")));
            Problem problem = wrong.problem().orElseThrow();
            assertEquals("VERIFIED", problem.extensions().get("currentState"));
            assertTrue(((List<?>) problem.extensions().get("allowedActions")).contains("start-service"));

            client.cases().transition(created.id(), CaseTransition.of(CaseAction.START_SERVICE, null));
            assertProblem(400, "/problems/validation",
                    () -> client.cases().transition(created.id(), CaseTransition.refer(null, "Tanpa tujuan")));
            Case referred = client.cases().transition(created.id(), CaseTransition.refer("RSUD Bima", "Perlu dirawat"));
            assertParsedExactly(wire, referred);
            assertEquals(CaseStatus.REFERRED, referred.status());
            assertEquals("RSUD Bima", referred.referredTo());
            client.cases().transition(created.id(), CaseTransition.of(CaseAction.START_SERVICE, null));
            Case closed = client.cases().transition(created.id(), CaseTransition.of(CaseAction.CLOSE, "Sudah ditangani"));
            assertEquals(CaseStatus.CLOSED, closed.status());
            assertEquals(List.of(CaseAction.REOPEN.code()), closed.allowedActions());
            Case reopened = client.cases().transition(created.id(), CaseTransition.of(CaseAction.REOPEN, "Kambuh"));
            assertEquals(CaseStatus.VERIFIED, reopened.status());

            Case handedOver = client.cases().assign(created.id(), new CaseAssignment(support.id(), List.of(lead.id())));
            assertParsedExactly(wire, handedOver);
            assertEquals(support.id(), handedOver.leadPillarId());
            assertEquals(List.of(lead.id()), handedOver.supportPillarIds());

            TimelineEntry note = client.cases().addNote(created.id(), "Keluarga di Dompu sudah dihubungi");
            assertParsedExactly(wire, note);
            assertEquals(201, wire.last().status());
            assertEquals(TimelineEntry.Type.NOTE, note.type());
            assertEquals("Keluarga di Dompu sudah dihubungi", note.note());
            assertEquals(lead.username(), note.actor().username());
            assertEquals(Role.PILLAR, note.actor().role());

            Page<TimelineEntry> timeline = client.cases().timeline(created.id());
            assertParsedItemsExactly(wire, timeline.items());
            List<String> steps = timeline.stream().map(e -> e.type() + (e.action() == null ? "" : ":" + e.action()))
                    .toList();
            assertEquals(List.of("CREATED", "TRANSITION:verify", "TRANSITION:start-service", "TRANSITION:refer",
                    "TRANSITION:start-service", "TRANSITION:close", "TRANSITION:reopen", "ASSIGNMENT:assign", "NOTE"),
                    steps);
            TimelineEntry refer = timeline.items().get(3);
            assertEquals(CaseStatus.IN_SERVICE, refer.fromStatus());
            assertEquals(CaseStatus.REFERRED, refer.toStatus());
            assertEquals("RSUD Bima", refer.referredTo());
            assertEquals(note.id(), timeline.items().get(8).id());
        }
    }

    @Test
    void duplicatesAreRefusedInTheSameCategoryAndListedInAnother() {
        Member psm = contract.psm(KOLO);
        String nik = Contract.randomNik();
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire)) {
            Case first = client.cases().create(newCase(nik, "LANSIA_TELANTAR").build());

            PilarApiException duplicate = assertProblem(409, "/problems/conflict",
                    () -> client.cases().create(newCase(nik, "LANSIA_TELANTAR").build()));
            assertEquals(first.number(), duplicate.problem().orElseThrow().extensions().get("existingCaseNumber"));
            Case other = client.cases().create(newCase(nik, "PENYANDANG_DISABILITAS").build());
            assertParsedExactly(wire, other);
            assertEquals(first.id(), other.possibleDuplicates().get(0).id());
            assertEquals(CaseStatus.REPORTED, other.possibleDuplicates().get(0).status());

            PilarApiException invalid = assertProblem(400, "/problems/validation", () -> client.cases().create(
                    NewCase.builder().category("BUKAN_KATEGORI").subject(new CaseSubject("", null, null, null, 200))
                            .address(new CaseAddress("52.72.09.9999", null, null, null))
                            .source(new CaseSource(SourceKind.PILLAR, null, null)).build()));
            assertTrue(invalid.fieldErrors().size() >= 2, invalid.getMessage());
        }
    }

    @Test
    void aKelurahanOfficerReportsForTheirKelurahanAndSeesNoDetails() {
        String officer = Contract.officer(KOLO);
        Wire wire = new Wire();
        try (PilarClient client = contract.client(officer, PASSWORD, wire)) {
            Case reported = client.cases().create(newCase(Contract.randomNik(), "ANAK_TELANTAR")
                    .source(new CaseSource(SourceKind.KELURAHAN, "Kasi Kesos", null)).build());
            assertParsedExactly(wire, reported);
            assertNull(reported.leadPillarId());
            Case seen = client.cases().get(reported.id());
            assertParsedExactly(wire, seen);
            assertNull(seen.description(), "kelurahan officers see no description");
            assertNull(seen.source());
            assertProblem(403, "/problems/forbidden", () -> client.cases().create(newCase(Contract.randomNik(),
                    "ANAK_TELANTAR").address(new CaseAddress("52.72.01.1001", null, null, null))
                    .source(new CaseSource(SourceKind.KELURAHAN, null, null)).build()));
            assertProblem(403, "/problems/forbidden",
                    () -> client.reports().cases(LocalDate.now(WITA), LocalDate.now(WITA), CaseReport.GroupBy.STATUS));
        }
    }

    @Test
    void caseReportsCountByEveryGroupingAsJsonAndCsv() {
        Member psm = contract.psm(KOLO);
        LocalDate today = LocalDate.now(WITA);
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire)) {
            client.cases().create(newCase(Contract.randomNik(), "ANAK_JALANAN").build());
            for (CaseReport.GroupBy groupBy : CaseReport.GroupBy.values()) {
                CaseReport report = client.reports().cases(today.minusDays(6), today, groupBy);
                assertParsedExactly(wire, report);
                assertEquals(groupBy.parameter(), report.groupBy());
                assertEquals(today, report.to());
                assertTrue(report.total().newCases() >= 1);
                assertEquals(report.rows().stream().mapToInt(CaseReport.Row::newCases).sum(), report.total().newCases());
            }
            CaseReport byCategory = client.reports().cases(today, today, CaseReport.GroupBy.CATEGORY);
            assertTrue(byCategory.rows().stream().anyMatch(r -> r.group().equals("ANAK_JALANAN")
                    && r.label().equals("Anak Jalanan") && r.newCases() >= 1));

            String csv = client.reports().casesCsv(today, today, CaseReport.GroupBy.KECAMATAN);
            assertTrue(wire.last().responseHeaders().get("Content-Type").startsWith("text/csv"));
            assertTrue(csv.startsWith("group,label,new,open,closed"), csv);
            assertTrue(csv.contains("52.72.03,Asakota,"), csv);

            PilarApiException tooLong = assertProblem(400, "/problems/validation",
                    () -> client.reports().cases(today.minusYears(3), today, CaseReport.GroupBy.STATUS));
            assertEquals("from", tooLong.fieldErrors().get(0).field());
        }
    }

    private static String requestBody(Wire wire) {
        return Contract.lastRequestBody(wire);
    }
}
