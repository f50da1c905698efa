package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.area.ContactDtos;
import id.go.bimakota.pilar.area.ContactService;
import id.go.bimakota.pilar.area.KelurahanScope;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everyone to coordinate with before going into the field in one kelurahan. */
@ApplicationScoped
public class CoverageService {

    @Schema(name = "CoveringPillar", description = "An active pillar serving the kelurahan")
    public record CoveringPillar(
            @Schema(required = true) java.util.UUID id,
            @Schema(required = true, examples = "Nurhasanah") String fullName,
            @Schema(required = true, examples = "PENDAMPING_SOSIAL") PillarType type,
            @Schema(required = true, examples = "+6281237604411") String phone) {

        static CoveringPillar of(PillarRef p) {
            return new CoveringPillar(p.id(), p.fullName(), p.type(), p.phone());
        }
    }

    @Schema(name = "KelurahanCoverage", description = "Who covers a kelurahan and how to reach them")
    public record Coverage(
            @Schema(required = true) KelurahanItem kelurahan,
            @Schema(required = true, description = "Active pillars by type (every type is present, possibly empty): "
                    + "those assigned to the kelurahan, the TKSK of its kecamatan, the city-wide Pordam and Tagana")
            Map<PillarType, List<CoveringPillar>> pillars,
            @Schema(required = true, description = "The kelurahan's active contacts, Lurah first")
            List<ContactDtos.ContactView> contacts) {
    }

    private final KelurahanScope scope;
    private final PillarDirectory pillars;
    private final ContactService contacts;

    public CoverageService(KelurahanScope scope, PillarDirectory pillars, ContactService contacts) {
        this.scope = scope;
        this.pillars = pillars;
        this.contacts = contacts;
    }

    public Coverage of(String code) {
        KelurahanItem kelurahan = scope.requireReadable(code);
        Map<PillarType, List<CoveringPillar>> byType = new EnumMap<>(PillarType.class);
        for (PillarType type : PillarType.values()) {
            byType.put(type, new ArrayList<>());
        }
        pillars.activeCovering(code).forEach(p -> byType.get(p.type()).add(CoveringPillar.of(p)));
        return new Coverage(kelurahan, byType, contacts.active(code));
    }
}
