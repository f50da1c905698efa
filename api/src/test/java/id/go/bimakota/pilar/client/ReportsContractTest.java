package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.KOLO;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static id.go.bimakota.pilar.client.Contract.assertParsedExactly;
import static id.go.bimakota.pilar.client.Contract.assertProblem;
import static id.go.bimakota.pilar.client.Contract.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Member;
import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.CoordinationReport;
import id.go.bimakota.pilar.client.model.Notice;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@code client.reports().coordination…}; the case report is covered in {@link CasesContractTest}. */
@QuarkusTest
class ReportsContractTest extends ContractTestBase {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void theCoordinationReportCountsTheNoticesOfThePeriodAsJsonAndCsv() {
        Member psm = contract.psm(KOLO);
        String officer = Contract.officer(KOLO);
        Instant start = NoticesContractTest.inTwoDays();
        LocalDate day = start.atZone(WITA).toLocalDate();
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire);
                PilarClient kelurahan = contract.client(officer, PASSWORD, new Wire())) {
            Notice filed = client.notices().create(notice(start, "Untuk laporan koordinasi").build());
            kelurahan.notices().acknowledge(filed.id(), new Acknowledgement("Kasi Kesos Kolo", null));

            for (CoordinationReport.GroupBy groupBy : CoordinationReport.GroupBy.values()) {
                CoordinationReport report = client.reports().coordination(day, day, groupBy);
                assertParsedExactly(wire, report);
                assertEquals(groupBy.parameter(), report.groupBy());
                assertEquals(day, report.from());
                assertEquals("TOTAL", report.total().group());
                assertTrue(report.total().notices() >= 1, report.toString());
                assertEquals(report.total().notices(), report.rows().stream().mapToInt(CoordinationReport.Row::notices)
                        .sum());
            }
            CoordinationReport byKelurahan = client.reports().coordination(day, day,
                    CoordinationReport.GroupBy.KELURAHAN);
            CoordinationReport.Row kolo = byKelurahan.rows().stream().filter(r -> r.group().equals(KOLO)).findFirst()
                    .orElseThrow();
            assertEquals("Kolo", kolo.label());
            assertTrue(kolo.acknowledgedBeforeStartPercent() > 0, kolo.toString());
            assertTrue(kolo.medianHoursToAcknowledgement() != null);
            assertTrue(client.reports().coordination(day, day, CoordinationReport.GroupBy.PILLAR_TYPE).rows().stream()
                    .anyMatch(r -> r.group().equals("PSM")));

            String csv = client.reports().coordinationCsv(day, day, CoordinationReport.GroupBy.KECAMATAN);
            assertTrue(wire.last().responseHeaders().get("Content-Type").startsWith("text/csv"), csv);
            assertTrue(csv.startsWith("group,label,notices,acknowledgedBeforeStartPercent"), csv);
            assertTrue(csv.contains("52.72.03,Asakota,"), csv);

            assertProblem(403, "/problems/forbidden", () -> kelurahan.reports().coordination(day, day,
                    CoordinationReport.GroupBy.KELURAHAN));
            assertProblem(400, "/problems/validation", () -> client.reports().coordination(day, day.minusDays(1),
                    CoordinationReport.GroupBy.KELURAHAN));
        }
    }
}
