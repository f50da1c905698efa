package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.account.PillarRegistry;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.storage.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * What other features (accounts, cases, notices) need to know about pillars, without reaching into
 * the registry's tables: who a pillar is, whether they may be put to work, and where they serve.
 */
@ApplicationScoped
public class PillarDirectory implements PillarRegistry {

    /** A pillar as other features show it: no NIK, no personal details beyond name and phone. */
    public record PillarRef(UUID id, String fullName, PillarType type, String phone, PillarStatus status) {
    }

    private static final String SELECT_REF = "select new " + PillarRef.class.getName()
            + "(p.id, p.fullName, p.type, p.phone, p.status) from Pillar p";

    private static final List<PillarType> CITY_WIDE = Arrays.stream(PillarType.values())
            .filter(t -> t.coverage() == PillarType.Coverage.CITY).toList();

    private final EntityManager em;
    private final AreaDirectory areas;

    public PillarDirectory(EntityManager em, AreaDirectory areas) {
        this.em = em;
        this.areas = areas;
    }

    @Override
    public boolean isRegistered(UUID pillarId) {
        return find(pillarId).isPresent();
    }

    @Override
    public boolean isActive(UUID pillarId) {
        return find(pillarId).map(p -> p.status() == PillarStatus.ACTIVE).orElse(false);
    }

    public Optional<PillarRef> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createQuery(SELECT_REF + " where p.id = :id", PillarRef.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The pillars among {@code ids} that exist, in one query; unknown ids are simply absent. */
    public Map<UUID, PillarRef> findAll(Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        // Native SQL: Hibernate translates an HQL query with an IN list anew at every call (a tenth of
        // a notice list in the profile), while a native query only expands the list.
        List<Object[]> rows = em.createNativeQuery("select id, full_name, type, phone, status from pillar "
                        + "where id in (:ids)", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class).addScalar("full_name", String.class).addScalar("type", String.class)
                .addScalar("phone", String.class).addScalar("status", String.class)
                .setParameterList("ids", Set.copyOf(ids)).getResultList();
        return rows.stream().map(PillarDirectory::ref)
                .collect(Collectors.toMap(PillarRef::id, p -> p, (a, b) -> a, LinkedHashMap::new));
    }

    private static PillarRef ref(Object[] row) {
        return new PillarRef((UUID) row[0], (String) row[1], PillarType.valueOf((String) row[2]), (String) row[3],
                PillarStatus.valueOf((String) row[4]));
    }

    /**
     * The kelurahan codes a pillar serves: its assigned kelurahan (PSM, Fasilitator, Pendamping
     * Sosial), every kelurahan of its kecamatan (TKSK) or all of Kota Bima (Pordam, Tagana). Empty
     * for an unknown pillar.
     */
    public Set<String> kelurahanCoveredBy(UUID pillarId) {
        Pillar pillar = pillarId == null ? null : em.find(Pillar.class, pillarId);
        if (pillar == null) {
            return Set.of();
        }
        return switch (pillar.type.coverage()) {
            case KELURAHAN -> Set.copyOf(pillar.kelurahanCodes);
            case KECAMATAN -> codes(pillar.kecamatanCode);
            case CITY -> codes(null);
        };
    }

    /**
     * The ACTIVE pillars to coordinate with in a kelurahan: those assigned to it, the TKSK of its
     * kecamatan and the city-wide Pordam and Tagana; by type, then name.
     */
    public List<PillarRef> activeCovering(String kelurahanCode) {
        String kecamatan = areas.findKelurahan(kelurahanCode).map(KelurahanItem::kecamatanCode).orElse(null);
        if (kecamatan == null) {
            return List.of();
        }
        // Three indexed lookups rather than one OR, which would test every active pillar.
        List<PillarRef> covering = new ArrayList<>();
        covering.addAll(active(" join p.kelurahanCodes k where k = :code", "code", kelurahanCode));
        covering.addAll(active(" where p.type = :type and p.kecamatanCode = :code", "code", kecamatan,
                "type", PillarType.TKSK));
        covering.addAll(active(" where p.type in :types", "types", CITY_WIDE));
        covering.sort(Comparator.comparing((PillarRef p) -> SearchText.fold(p.fullName()))
                .thenComparing(PillarRef::id));
        return covering;
    }

    private List<PillarRef> active(String where, Object... parameters) {
        var query = em.createQuery(SELECT_REF + where + " and p.status = :status", PillarRef.class)
                .setParameter("status", PillarStatus.ACTIVE);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query.getResultList();
    }

    /** The pillar named in {@code field}: a 400 when it does not exist or is not ACTIVE. */
    public PillarRef requireActive(String field, UUID id) {
        PillarRef pillar = find(id).orElseThrow(() -> ProblemException.invalidField(field, "pillar.unknown", id));
        if (pillar.status() != PillarStatus.ACTIVE) {
            throw ProblemException.invalidField(field, "pillar.notActive", id, pillar.status());
        }
        return pillar;
    }

    private Set<String> codes(String kecamatanCode) {
        return areas.kelurahan(kecamatanCode).stream().map(KelurahanItem::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
