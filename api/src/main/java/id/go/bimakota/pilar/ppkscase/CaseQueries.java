package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.storage.SearchText;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CaseView;
import id.go.bimakota.pilar.ppkscase.CaseEnums.DuplicateReview;
import id.go.bimakota.pilar.ppkscase.CaseEnums.Urgency;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case list: newest first, keyset-paged, filtered, and always limited to the caller's scope
 * whatever the filters say.
 */
@RequestScoped
public class CaseQueries {

    private static final Pattern NUMBER = Pattern.compile("(?i)^PPKS-(\\d{4})-(\\d{1,6})$");

    public record Filter(CaseStatus status, String category, String kelurahan, String kecamatan, UUID leadPillar,
            Urgency urgency, String q, LocalDate reportedFrom, LocalDate reportedTo, DuplicateReview duplicateReview) {
    }

    private final CaseAccess access;
    private final CaseViews views;
    private final AreaDirectory areas;
    private final PpksCategories categories;

    public CaseQueries(CaseAccess access, CaseViews views, AreaDirectory areas, PpksCategories categories) {
        this.access = access;
        this.views = views;
        this.areas = areas;
        this.categories = categories;
    }

    public Page<CaseView> list(Filter filter, PageRequest page) {
        validate(filter);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        access.appendScope(where, params);
        equal(where, params, "status", filter.status());
        equal(where, params, "category", filter.category());
        equal(where, params, "kelurahanCode", filter.kelurahan());
        equal(where, params, "kecamatanCode", filter.kecamatan());
        equal(where, params, "leadPillarId", filter.leadPillar());
        equal(where, params, "urgency", filter.urgency());
        equal(where, params, "duplicateReview", filter.duplicateReview());
        search(where, params, filter.q());
        if (filter.reportedFrom() != null) {
            where.append(" and createdAt >= :reportedFrom");
            params.and("reportedFrom", filter.reportedFrom().atStartOfDay(Times.WITA).toInstant());
        }
        if (filter.reportedTo() != null) {
            where.append(" and createdAt < :reportedTo");
            params.and("reportedTo", filter.reportedTo().plusDays(1).atStartOfDay(Times.WITA).toInstant());
        }
        String[] after = page.after(2);
        if (after != null) {
            where.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.and("afterAt", Cursor.instant(after[0])).and("afterId", Cursor.uuid(after[1]));
        }
        List<PpksCase> rows = PpksCase.<PpksCase>find(where.toString(), Sort.descending("createdAt", "id"), params)
                .range(0, page.limit()).list();
        return Page.of(rows, page, c -> new String[] {c.createdAt.toString(), c.id.toString()}, views::summary);
    }

    private void validate(Filter filter) {
        if (filter.duplicateReview() != null && !access.isAdmin()) {
            throw CaseAccess.forbidden("case.duplicateReview.adminOnly");
        }
        if (filter.category() != null) {
            categories.require("category", filter.category());
        }
        if (filter.kelurahan() != null) {
            areas.requireKelurahan("kelurahan", filter.kelurahan());
        }
        if (filter.kecamatan() != null) {
            areas.requireKecamatan("kecamatan", filter.kecamatan());
        }
    }

    private static void search(StringBuilder where, Parameters params, String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        Matcher number = NUMBER.matcher(q.trim());
        if (number.matches()) {
            where.append(" and number = :number");
            params.and("number", "PPKS-%s-%06d".formatted(number.group(1), Integer.parseInt(number.group(2))));
        } else {
            where.append(" and subjectNameSearch like :name escape '\\'");
            params.and("name", SearchText.containsPattern(q));
        }
    }

    private static void equal(StringBuilder where, Parameters params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }
}
