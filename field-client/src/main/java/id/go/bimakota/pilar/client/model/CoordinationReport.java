package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How well pillars and kelurahan coordinate, for the visits planned to start in the period (WITA
 * dates, both included): per group, the number of notices, the share (0–100) acknowledged before the
 * start, the median hours from filing to acknowledgement, the shares filed at short notice, completed
 * with a report and overlapping another visit, and the joins. {@code total} sums up every group
 * ({@code group = "TOTAL"}).
 */
public record CoordinationReport(LocalDate from, LocalDate to, String groupBy, List<Row> rows, Row total) {

    public CoordinationReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One group, e.g. {@code group = "52.72.03.1004"}, {@code label = "Kolo"}. Shares are 0 for a group
     * without notices; {@code medianHoursToAcknowledgement} is null when nothing was acknowledged.
     * The deliveries (server issue 20): the share whose kelurahan got the first message before the
     * start, the median minutes from filing to that message (null without any), and failed deliveries.
     */
    public record Row(
            String group,
            String label,
            int notices,
            double acknowledgedBeforeStartPercent,
            Double medianHoursToAcknowledgement,
            double shortNoticePercent,
            double completedWithReportPercent,
            double withOverlapsPercent,
            int joins,
            double kelurahanReachedBeforeStartPercent,
            Double medianMinutesToDelivery,
            int failedDeliveries) {

        /** The row as it was before the delivery figures, for callers built against it. */
        public Row(String group, String label, int notices, double acknowledgedBeforeStartPercent,
                Double medianHoursToAcknowledgement, double shortNoticePercent, double completedWithReportPercent,
                double withOverlapsPercent, int joins) {
            this(group, label, notices, acknowledgedBeforeStartPercent, medianHoursToAcknowledgement, shortNoticePercent,
                    completedWithReportPercent, withOverlapsPercent, joins, 0, null, 0);
        }
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
