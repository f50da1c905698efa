package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.common.paging.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManager;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pillar-types")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Referensi")
@Startup
public class PillarTypeResource {

    @Schema(name = "PillarTypeInfo", description = "A kind of social worker the Dinas coordinates")
    public record PillarTypeInfo(
            @Schema(required = true, examples = "TAGANA") PillarType code,
            @Schema(required = true, examples = "Taruna Siaga Bencana") String nameId,
            @Schema(required = true, enumeration = {"PILAR_SOSIAL", "UNSUR_SOSIAL_LAIN"}, examples = "PILAR_SOSIAL")
            String group,
            @Schema(required = true, enumeration = {"KELURAHAN", "KECAMATAN", "KOTA"}, examples = "KOTA")
            String usualArea) {
    }

    private final EntityManager em;
    private List<PillarTypeInfo> types;

    public PillarTypeResource(EntityManager em) {
        this.em = em;
    }

    @PostConstruct
    void load() {
        // Startup has no request context: read in a transaction of its own.
        QuarkusTransaction.requiringNew().run(this::read);
    }

    private void read() {
        List<?> rows = em.createNativeQuery(
                "SELECT code, name_id, group_code, usual_area FROM pillar_type ORDER BY ordinal").getResultList();
        types = rows.stream().map(Object[].class::cast)
                .map(r -> new PillarTypeInfo(PillarType.valueOf((String) r[0]), (String) r[1], (String) r[2],
                        (String) r[3]))
                .toList();
    }

    @GET
    @Operation(operationId = "listPillarTypes", summary = "List the pillar types",
            description = "PSM, TKSK, Pordam, Tagana, Fasilitator and Pendamping Sosial, with the area each usually covers. Open: no login needed.")
    public Page<PillarTypeInfo> list() {
        return Page.all(types);
    }
}
