package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps {@code pillar_area} in step with a pillar's assignment and name: the rows the kelurahan and
 * kecamatan filters of the list walk in name order (see V5__pillars.sql).
 */
@ApplicationScoped
class PillarAreas {

    private final EntityManager em;
    private final AreaDirectory areas;

    PillarAreas(EntityManager em, AreaDirectory areas) {
        this.em = em;
        this.areas = areas;
    }

    /** Rewrites the rows of {@code pillar}; call after its name or assignment changed. */
    void index(Pillar pillar) {
        em.flush(); // the pillar row must exist before rows referencing it
        em.createNativeQuery("DELETE FROM pillar_area WHERE pillar_id = :id").setParameter("id", pillar.id)
                .executeUpdate();
        for (String code : listedUnder(pillar)) {
            em.createNativeQuery("INSERT INTO pillar_area (pillar_id, area_code, name_key) VALUES (:id, :code, :name)")
                    .setParameter("id", pillar.id).setParameter("code", code).setParameter("name", pillar.nameKey)
                    .executeUpdate();
        }
    }

    /** Its kelurahan and their kecamatan, or its (TKSK or home) kecamatan. */
    private Set<String> listedUnder(Pillar pillar) {
        Set<String> codes = new TreeSet<>(pillar.kelurahanCodes);
        for (String kelurahan : pillar.kelurahanCodes) {
            areas.findKelurahan(kelurahan).map(KelurahanItem::kecamatanCode).ifPresent(codes::add);
        }
        if (pillar.kecamatanCode != null) {
            codes.add(pillar.kecamatanCode);
        }
        return codes;
    }
}
