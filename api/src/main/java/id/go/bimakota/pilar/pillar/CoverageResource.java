package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.area.AreaCodes;
import id.go.bimakota.pilar.area.AreaResource;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.pillar.CoverageService.Coverage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// The full path on the class: a shorter one would compete with AreaResource for /areas/kelurahan/{code}.
@Path("/api/v1/areas/kelurahan/{code}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wilayah")
public class CoverageResource {

    private final CoverageService coverage;

    public CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
    @APIResponseSchema(value = Coverage.class, responseDescription = "Who covers the kelurahan, by pillar type")
    @APIResponse(responseCode = "400", description = "Malformed code")
    @APIResponse(responseCode = "404", description = "No such kelurahan, or (for an officer) another kelurahan than their own")
    @Operation(operationId = "getKelurahanCoverage", summary = "Who covers a kelurahan",
            description = "What a pillar opens before going into the field: the active pillars assigned to the "
                    + "kelurahan, the TKSK of its kecamatan and the city-wide Pordam and Tagana (grouped by type, "
                    + "with name and phone), and the kelurahan's active contacts. ADMIN and PILLAR: any kelurahan; "
                    + "KELURAHAN: their own (404 otherwise, like an unknown code). Malformed code 400.")
    public Coverage get(@Parameter(example = "52.72.03.1004", schema = @Schema(pattern = AreaCodes.KELURAHAN_PATTERN))
            @PathParam("code") String code) {
        return coverage.of(code);
    }
}
