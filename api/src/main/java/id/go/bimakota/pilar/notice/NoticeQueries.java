package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.notice.NoticeDtos.NoticeView;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Notice lists, soonest first and keyset-paged. A kelurahan officer's list is their inbox: only
 * their kelurahan, the notices still waiting for their answer first.
 */
@RequestScoped
public class NoticeQueries {

    public record Filter(String kelurahan, String kecamatan, Status status, Purpose purpose, UUID pillar,
            Instant from, Instant to) {
    }

    private final NoticeAccess access;
    private final NoticeViews views;
    private final AreaDirectory areas;

    public NoticeQueries(NoticeAccess access, NoticeViews views, AreaDirectory areas) {
        this.access = access;
        this.views = views;
        this.areas = areas;
    }

    public Page<NoticeView> list(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (access.isKelurahan()) {
            where.append(" and kelurahanCode = :scope");
            params.and("scope", access.kelurahanCode());
        }
        filter(filter, where, params);
        boolean inbox = access.isKelurahan();
        String[] after = page.after(3);
        List<Notice> rows = inbox ? inbox(where.toString(), params.map(), after, page.limit())
                : soonestFirst(where.toString(), params.map(), after, page.limit());
        Page<Notice> cut = Page.of(rows, page,
                n -> new String[] {Short.toString(inbox ? n.inboxRank : 0), n.plannedStart.toString(), n.id.toString()},
                n -> n);
        return new Page<>(views.page(cut.items()), cut.nextCursor());
    }

    /** Soonest first, after the cursor's start and id: {@code limit + 1} rows, to tell whether a next page exists. */
    private static List<Notice> soonestFirst(String where, Map<String, Object> params, String[] after, int limit) {
        Map<String, Object> values = new HashMap<>(params);
        String afterCursor = "";
        if (after != null) {
            afterCursor = " and (plannedStart > :start or (plannedStart = :start and id > :afterId))";
            values.put("start", Cursor.instant(after[1]));
            values.put("afterId", Cursor.uuid(after[2]));
        }
        return Notice.<Notice>find(where + afterCursor, Sort.ascending("plannedStart", "id"), values)
                .range(0, limit).list();
    }

    /**
     * The inbox: notices still waiting for the kelurahan's answer (rank 0) first, then the others,
     * each soonest first. One query per rank, with the rank as an equality, so that the inbox index
     * (kelurahan, rank, start) is read over the time window only: ordered by rank in one query, it
     * read every earlier answered notice of the kelurahan first (at 1,000,000 notices, a fifth of
     * the list's speed).
     */
    private static List<Notice> inbox(String where, Map<String, Object> params, String[] after, int limit) {
        short first = after == null ? 0 : rank(after[0]);
        List<Notice> rows = new ArrayList<>();
        for (short rank = first; rank <= 1 && rows.size() <= limit; rank++) {
            Map<String, Object> values = new HashMap<>(params);
            values.put("rank", rank);
            rows.addAll(soonestFirst(where + " and inboxRank = :rank", values, rank == first ? after : null,
                    limit - rows.size()));
        }
        return rows;
    }

    private void filter(Filter filter, StringBuilder where, Parameters params) {
        if (filter.kelurahan() != null) {
            areas.requireKelurahan("kelurahan", filter.kelurahan());
            equal(where, params, "kelurahanCode", filter.kelurahan());
        }
        if (filter.kecamatan() != null) {
            areas.requireKecamatan("kecamatan", filter.kecamatan());
            equal(where, params, "kecamatanCode", filter.kecamatan());
        }
        equal(where, params, "status", filter.status());
        equal(where, params, "purpose", filter.purpose());
        if (filter.pillar() != null) {
            where.append(" and (leadPillarId = :pillar or :pillar member of teamPillarIds)");
            params.and("pillar", filter.pillar());
        }
        if (filter.from() != null) {
            // A visit lasts at most 12 hours: bounding its start keeps the planned_start index usable.
            where.append(" and plannedEnd > :from and plannedStart > :fromStart");
            params.and("from", filter.from()).and("fromStart", filter.from().minus(NoticeRules.MAX_DURATION));
        }
        if (filter.to() != null) {
            where.append(" and plannedStart < :to");
            params.and("to", filter.to());
        }
    }

    /** Non-cancelled notices of these kelurahan that may overlap the span (for overlap lists). */
    static List<OverlapCandidate> overlapCandidates(Collection<String> kelurahan, Instant from, Instant to) {
        // One kelurahan (every creation, most pages) is compared with '=': Hibernate keeps the SQL of
        // that query, while a query with an IN list is translated again at every call.
        boolean one = kelurahan.size() == 1;
        return Notice.find((one ? "kelurahanCode = ?1" : "kelurahanCode in ?1") + " and status <> ?2 "
                        + "and plannedStart < ?3 and plannedStart > ?4 and plannedEnd > ?5",
                Sort.ascending("plannedStart", "id"), one ? kelurahan.iterator().next() : kelurahan, Status.CANCELLED,
                to, from.minus(NoticeRules.MAX_DURATION), from).project(OverlapCandidate.class).list();
    }

    private static short rank(String value) {
        if (!value.equals("0") && !value.equals("1")) {
            throw Cursor.invalid();
        }
        return Short.parseShort(value);
    }

    private static void equal(StringBuilder where, Parameters params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }
}
