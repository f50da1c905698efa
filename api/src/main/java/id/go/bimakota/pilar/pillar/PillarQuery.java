package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.storage.SearchText;
import id.go.bimakota.pilar.pillar.PillarDtos.PillarView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pillar list: keyset-paged in (name_key, id) order. Each filter is answered by an index that
 * continues in that order (see V5__pillars.sql), so a page costs the same at 100 or 100,000 pillars.
 *
 * <p>A kelurahan filter with {@code includeCoverage} is the union of up to four ordered index scans
 * (pillars assigned to the kelurahan, the TKSK of its kecamatan, Pordam, Tagana), each cut at one
 * page, rather than one OR that would need a sort of every matching row. {@code q} is a substring
 * match: on PostgreSQL a trigram index (V5_1) finds rare names, common ones come from the name order.
 */
@ApplicationScoped
public class PillarQuery {

    public record Filter(PillarType type, PillarStatus status, String kecamatan, String kelurahan,
            boolean includeCoverage, String q) {
    }

    /** One ordered index scan: rows of {@code from}, sort key in {@code nameColumn}/{@code idColumn}. */
    private record Branch(String from, String nameColumn, String idColumn, String condition) {
    }

    private static final String CITY_WIDE_TYPES = "PORDAM, TAGANA";

    private final EntityManager em;
    private final AreaDirectory areas;
    private final PillarViews views;

    public PillarQuery(EntityManager em, AreaDirectory areas, PillarViews views) {
        this.em = em;
        this.areas = areas;
        this.views = views;
    }

    @Transactional // an ADMIN's page of full NIKs is audited
    public Page<PillarView> list(Filter filter, PageRequest page) {
        List<Branch> branches = branches(filter);
        String[] after = page.after(2);
        UUID afterId = after == null ? null : cursorId(after[1]);
        int fetch = page.limit() + 1;
        StringBuilder sql = new StringBuilder("SELECT id FROM (");
        for (int i = 0; i < branches.size(); i++) {
            String select = select(branches.get(i), filter, after != null);
            // Several branches: each stops at one page in its own index order, so the database sorts at
            // most branches x (limit + 1) rows instead of every pillar that covers the kelurahan.
            sql.append(i == 0 ? "" : " UNION ALL ").append(branches.size() == 1 ? select
                    : "SELECT * FROM (" + select + " ORDER BY name_key, id FETCH FIRST " + fetch + " ROWS ONLY) b" + i);
        }
        sql.append(") listed ORDER BY name_key, id");
        Query query = em.createNativeQuery(sql.toString()).setMaxResults(fetch);
        bind(query, sql.toString(), filter, after, afterId);
        List<UUID> ids = ((List<?>) query.getResultList()).stream().map(PillarQuery::uuid).toList();
        List<Pillar> rows = load(ids);
        return Page.of(rows, page, p -> new String[] {p.nameKey, p.id.toString()}, views::masked);
    }

    /** Which index scans answer this filter; empty when the filters contradict each other. */
    private List<Branch> branches(Filter f) {
        Branch all = new Branch("pillar p", "p.name_key", "p.id", null);
        if (f.kelurahan() == null) {
            return List.of(f.kecamatan() == null ? all : area(":kecamatan"));
        }
        String kecamatan = areas.findKelurahan(f.kelurahan()).map(KelurahanItem::kecamatanCode).orElse(null);
        if (f.kecamatan() != null && !f.kecamatan().equals(kecamatan)) {
            return List.of(new Branch("pillar p", "p.name_key", "p.id", "1 = 0"));
        }
        List<Branch> branches = new ArrayList<>(List.of(area(":kelurahan")));
        if (f.includeCoverage()) {
            branches.add(new Branch("pillar p", "p.name_key", "p.id",
                    "p.type = 'TKSK' AND p.kecamatan_code = :coverageKecamatan"));
            for (String type : CITY_WIDE_TYPES.split(", ")) {
                branches.add(new Branch("pillar p", "p.name_key", "p.id", "p.type = '" + type + "'"));
            }
        }
        return branches;
    }

    private static Branch area(String codeParameter) {
        return new Branch("pillar_area a JOIN pillar p ON p.id = a.pillar_id", "a.name_key", "a.pillar_id",
                "a.area_code = " + codeParameter);
    }

    private static String select(Branch b, Filter f, boolean after) {
        List<String> where = new ArrayList<>();
        if (b.condition() != null) {
            where.add(b.condition());
        }
        if (f.type() != null) {
            where.add("p.type = :type");
        }
        if (f.status() != null) {
            where.add("p.status = :status");
        }
        if (f.q() != null) {
            where.add(b.nameColumn() + " LIKE :q");
        }
        if (after) {
            // a row comparison is one index condition on (name_key, id) in PostgreSQL and H2
            where.add("(" + b.nameColumn() + ", " + b.idColumn() + ") > (:afterName, :afterId)");
        }
        return "SELECT " + b.idColumn() + " AS id, " + b.nameColumn() + " AS name_key FROM " + b.from()
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    }

    /** Binds the parameters the chosen branches use. */
    private void bind(Query query, String sql, Filter f, String[] after, UUID afterId) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", f.type() == null ? null : f.type().name());
        values.put("status", f.status() == null ? null : f.status().name());
        values.put("q", f.q() == null ? null : SearchText.containsPattern(f.q()));
        values.put("kecamatan", f.kecamatan());
        values.put("kelurahan", f.kelurahan());
        values.put("coverageKecamatan", f.kelurahan() == null ? null
                : areas.findKelurahan(f.kelurahan()).map(KelurahanItem::kecamatanCode).orElse(null));
        values.put("afterName", after == null ? null : after[0]);
        values.put("afterId", afterId);
        values.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
    }

    /** The pillars of one page, their kelurahan fetched in the same query, in page order. */
    private List<Pillar> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Pillar> byId = em.createQuery(
                        "select p from Pillar p left join fetch p.kelurahanCodes where p.id in :ids", Pillar.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(p -> p.id, Function.identity(), (same, again) -> same));
        return ids.stream().map(byId::get).toList();
    }

    /** A UUID column of a native query: PostgreSQL gives a UUID, H2 its 16 bytes. */
    private static UUID uuid(Object value) {
        if (value instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static UUID cursorId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }
}
