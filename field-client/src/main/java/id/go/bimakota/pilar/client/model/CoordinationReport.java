package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How well pillars and kelurahan coordinate: per group, the number of notices and the share (0–100)
 * acknowledged before start, filed at short notice, completed with a report and overlapping another.
 */
public record CoordinationReport(LocalDate from, LocalDate to, String groupBy, List<Row> rows) {

    public CoordinationReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** Percentages are null when the group has no notices to measure. */
    public record Row(
            String group,
            String label,
            int notices,
            Double acknowledgedBeforeStartPercent,
            Double medianHoursToAcknowledgement,
            Double shortNoticePercent,
            Double completedWithReportPercent,
            Double withOverlapsPercent,
            int joins) {
    }

    /** What a coordination report is grouped by. */
    public enum GroupBy {
        KELURAHAN("kelurahan"),
        KECAMATAN("kecamatan"),
        PILLAR_TYPE("pillarType");

        private final String parameter;

        GroupBy(String parameter) {
            this.parameter = parameter;
        }

        /** The value of the {@code groupBy} query parameter. */
        public String parameter() {
            return parameter;
        }
    }
}
