package id.go.bimakota.pilar.ppkscase;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KecamatanItem;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.web.Csv;
import id.go.bimakota.pilar.common.web.ReportPeriod;
import id.go.bimakota.pilar.ppkscase.PpksCategories.PpksCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Case counts for the Dinas: new, open and closed in a period, grouped one way. */
@ApplicationScoped
public class CaseReport {

    public enum GroupBy {
        category("category"), kecamatan("kecamatanCode"), kelurahan("kelurahanCode"), status("status");

        private final String field;

        GroupBy(String field) {
            this.field = field;
        }
    }

    @Schema(name = "CaseCountRow")
    public record Row(
            @Schema(required = true, examples = "52.72.03.1004") String group,
            @Schema(required = true, examples = "Kolo") String label,
            @JsonProperty("new") @Schema(name = "new", required = true, description = "Reported in the period")
            long newCases,
            @Schema(required = true, description = "Reported before the end of the period and not closed or rejected now")
            long open,
            @Schema(required = true, description = "Closed in the period") long closed) {
    }

    @Schema(name = "CaseReport")
    public record Report(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
            @Schema(required = true) GroupBy groupBy, @Schema(required = true) List<Row> rows,
            @Schema(required = true) Row total) {

        public String toCsv() {
            StringBuilder csv = new StringBuilder(Csv.line(List.of("group", "label", "new", "open", "closed")));
            for (Row row : rows) {
                csv.append(Csv.line(List.of(row.group(), row.label(), row.newCases(), row.open(), row.closed())));
            }
            return csv.append(Csv.line(List.of("TOTAL", "", total.newCases(), total.open(), total.closed()))).toString();
        }
    }

    private final EntityManager em;
    private final AreaDirectory areas;
    private final PpksCategories categories;

    public CaseReport(EntityManager em, AreaDirectory areas, PpksCategories categories) {
        this.em = em;
        this.areas = areas;
        this.categories = categories;
    }

    public Report build(ReportPeriod period, GroupBy groupBy) {
        Instant start = period.start();
        Instant end = period.end();
        String key = "c." + groupBy.field;
        Map<String, Long> created = counts("select " + key + ", count(c) from PpksCase c "
                + "where c.createdAt >= ?1 and c.createdAt < ?2 group by " + key, start, end);
        Map<String, Long> open = counts("select " + key + ", count(c) from PpksCase c "
                + "where c.createdAt < ?1 and c.status not in ('CLOSED', 'REJECTED', 'WITHDRAWN') group by " + key, end);
        Map<String, Long> closed = counts("select " + key + ", count(e) from CaseEvent e, PpksCase c "
                + "where e.caseId = c.id and e.action = 'close' and e.at >= ?1 and e.at < ?2 group by " + key, start, end);
        TreeMap<String, Row> rows = new TreeMap<>();
        for (String group : union(created, open, closed)) {
            rows.put(group, new Row(group, label(groupBy, group), created.getOrDefault(group, 0L),
                    open.getOrDefault(group, 0L), closed.getOrDefault(group, 0L)));
        }
        Row total = new Row("TOTAL", "", sum(rows, Row::newCases), sum(rows, Row::open), sum(rows, Row::closed));
        return new Report(period.from(), period.to(), groupBy, List.copyOf(rows.values()), total);
    }

    private Map<String, Long> counts(String query, Instant... bounds) {
        TypedQuery<Object[]> typed = em.createQuery(query, Object[].class);
        for (int i = 0; i < bounds.length; i++) {
            typed.setParameter(i + 1, bounds[i]);
        }
        return typed.getResultList().stream().collect(Collectors.toMap(r -> String.valueOf(r[0]), r -> ((Number) r[1]).longValue()));
    }

    private String label(GroupBy groupBy, String group) {
        return switch (groupBy) {
            case category -> categories.all().stream().filter(c -> c.code().equals(group)).map(PpksCategory::nameId)
                    .findFirst().orElse(group);
            case kecamatan -> areas.kecamatan().stream().filter(k -> k.code().equals(group))
                    .map(KecamatanItem::name).findFirst().orElse(group);
            case kelurahan -> areas.findKelurahan(group).map(KelurahanItem::name).orElse(group);
            case status -> group;
        };
    }

    @SafeVarargs
    private static Set<String> union(Map<String, Long>... maps) {
        Set<String> keys = new TreeSet<>();
        for (Map<String, Long> map : maps) {
            keys.addAll(map.keySet());
        }
        return keys;
    }

    private static long sum(Map<String, Row> rows, Function<Row, Long> value) {
        return rows.values().stream().mapToLong(value::apply).sum();
    }
}
