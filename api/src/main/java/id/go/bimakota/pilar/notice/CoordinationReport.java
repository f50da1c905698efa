package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KecamatanItem;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.web.Csv;
import id.go.bimakota.pilar.common.web.ReportPeriod;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well the pillars coordinate with the kelurahan: the Dinas's measure of the problem Pilar Bima
 * exists to solve. Covers the notices whose visit was planned to start in the period.
 */
@ApplicationScoped
public class CoordinationReport {

    public enum GroupBy {
        kelurahan, kecamatan, pillarType
    }

    @Schema(name = "CoordinationRow")
    public record Row(
            @Schema(required = true, examples = "52.72.03.1004") String group,
            @Schema(required = true, examples = "Kolo") String label,
            @Schema(required = true, examples = "12") long notices,
            @Schema(required = true, description = "Acknowledged before the visit started, % of notices", examples = "75.0")
            double acknowledgedBeforeStartPercent,
            @Schema(description = "Median hours from filing to acknowledgement; null without acknowledgements",
                    examples = "5.5") Double medianHoursToAcknowledgement,
            @Schema(required = true, examples = "16.7") double shortNoticePercent,
            @Schema(required = true, description = "Completed with a visit report, % of notices", examples = "50.0")
            double completedWithReportPercent,
            @Schema(required = true, description = "Overlapping another visit to the same kelurahan, % of notices",
                    examples = "25.0") double withOverlapsPercent,
            @Schema(required = true, description = "Pillars who joined a visit instead of filing their own",
                    examples = "3") long joins,
            @Schema(required = true, description = "Whose kelurahan got the notice's first message (sent) before the "
                    + "start, % of notices", examples = "91.7") double kelurahanReachedBeforeStartPercent,
            @Schema(description = "Median minutes from filing to the kelurahan's first message sent; null without any",
                    examples = "0.4") Double medianMinutesToDelivery,
            @Schema(required = true, description = "Deliveries about these notices that FAILED (the worklist)",
                    examples = "2") long failedDeliveries) {
    }

    @Schema(name = "CoordinationReport")
    public record Report(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
            @Schema(required = true) GroupBy groupBy, @Schema(required = true) List<Row> rows,
            @Schema(required = true) Row total) {

        public String toCsv() {
            StringBuilder csv = new StringBuilder(Csv.line(List.of("group", "label", "notices",
                    "acknowledgedBeforeStartPercent", "medianHoursToAcknowledgement", "shortNoticePercent",
                    "completedWithReportPercent", "withOverlapsPercent", "joins", "kelurahanReachedBeforeStartPercent",
                    "medianMinutesToDelivery", "failedDeliveries")));
            for (Row row : rows) {
                csv.append(line(row));
            }
            return csv.append(line(total)).toString();
        }

        private static String line(Row r) {
            return Csv.line(List.of(r.group(), r.label(), r.notices(), r.acknowledgedBeforeStartPercent(),
                    r.medianHoursToAcknowledgement() == null ? "" : r.medianHoursToAcknowledgement(),
                    r.shortNoticePercent(), r.completedWithReportPercent(), r.withOverlapsPercent(), r.joins(),
                    r.kelurahanReachedBeforeStartPercent(),
                    r.medianMinutesToDelivery() == null ? "" : r.medianMinutesToDelivery(), r.failedDeliveries()));
        }
    }

    private final AreaDirectory areas;
    private final PillarDirectory pillars;
    private final Instance<DeliveryFigures> deliveries;

    public CoordinationReport(AreaDirectory areas, PillarDirectory pillars, Instance<DeliveryFigures> deliveries) {
        this.areas = areas;
        this.pillars = pillars;
        this.deliveries = deliveries;
    }

    public Report build(ReportPeriod period, GroupBy groupBy) {
        List<Notice> notices = Notice.list("plannedStart >= ?1 and plannedStart < ?2", period.start(), period.end());
        Function<Notice, String> key = keyOf(groupBy, notices);
        Map<String, List<Notice>> groups = notices.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        Map<UUID, DeliveryFigures.Figures> figures = deliveries.isResolvable()
                ? deliveries.get().of(notices.stream().map(n -> n.id).toList()) : Map.of();
        List<Row> rows = new ArrayList<>();
        groups.forEach((group, members) -> rows.add(row(group, label(groupBy, group), members, figures)));
        return new Report(period.from(), period.to(), groupBy, rows, row("TOTAL", "", notices, figures));
    }

    private Function<Notice, String> keyOf(GroupBy groupBy, List<Notice> notices) {
        return switch (groupBy) {
            case kelurahan -> n -> n.kelurahanCode;
            case kecamatan -> n -> n.kecamatanCode;
            case pillarType -> {
                Map<UUID, PillarRef> leads = pillars.findAll(notices.stream().map(n -> n.leadPillarId)
                        .collect(Collectors.toSet()));
                yield n -> leads.containsKey(n.leadPillarId) ? leads.get(n.leadPillarId).type().name() : "UNKNOWN";
            }
        };
    }

    private static Row row(String group, String label, List<Notice> notices, Map<UUID, DeliveryFigures.Figures> figures) {
        List<Double> hoursToAck = notices.stream().filter(n -> n.acknowledgedAt != null)
                .map(n -> Duration.between(n.createdAt, n.acknowledgedAt).toMinutes() / 60.0).sorted().toList();
        List<DeliveryFigures.Figures> reached = notices.stream().map(n -> figures.get(n.id)).filter(f -> f != null)
                .toList();
        return new Row(group, label, notices.size(),
                percent(notices, n -> n.acknowledgedAt != null && n.acknowledgedAt.isBefore(n.plannedStart)),
                median(hoursToAck), percent(notices, n -> n.shortNotice),
                percent(notices, n -> n.status == Status.COMPLETED && n.visitOutcome != null),
                percent(notices, n -> n.hasOverlap), notices.stream().mapToLong(n -> n.joinCount).sum(),
                percent(notices, n -> figures.containsKey(n.id) && figures.get(n.id).reachedBeforeStart()),
                median(reached.stream().map(DeliveryFigures.Figures::minutesToDelivery).filter(m -> m != null).sorted()
                        .toList()),
                reached.stream().mapToLong(DeliveryFigures.Figures::failed).sum());
    }

    private String label(GroupBy groupBy, String group) {
        return switch (groupBy) {
            case kelurahan -> areas.findKelurahan(group).map(KelurahanItem::name).orElse(group);
            case kecamatan -> areas.kecamatan().stream().filter(k -> k.code().equals(group)).map(KecamatanItem::name)
                    .findFirst().orElse(group);
            case pillarType -> group;
        };
    }

    private static double percent(List<Notice> notices, Predicate<Notice> test) {
        if (notices.isEmpty()) {
            return 0;
        }
        return Math.round(1000.0 * notices.stream().filter(test).count() / notices.size()) / 10.0;
    }

    private static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
