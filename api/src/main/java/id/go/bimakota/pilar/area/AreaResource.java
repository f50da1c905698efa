package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.area.AreaDtos.KecamatanItem;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Wilayah", description = "Kecamatan dan kelurahan Kota Bima (kode Kemendagri), siapa yang melayani tiap kelurahan, dan kontak kelurahan. Kecamatan and kelurahan of Kota Bima, coverage and contacts.")
public class AreaResource {

    private final AreaDirectory areas;

    public AreaResource(AreaDirectory areas) {
        this.areas = areas;
    }

    @GET
    @Path("/kecamatan")
    @Operation(operationId = "listKecamatan", summary = "List the kecamatan of Kota Bima",
            description = "The 5 kecamatan with their official codes and how many kelurahan each has. Open: no login needed.")
    public Page<KecamatanItem> listKecamatan() {
        return Page.all(areas.kecamatan());
    }

    @GET
    @Path("/kelurahan")
    @Operation(operationId = "listKelurahan", summary = "List the kelurahan of Kota Bima",
            description = "The 41 kelurahan in code order, optionally of one kecamatan. Cursor-paged. Open: no login needed.")
    public Page<KelurahanItem> listKelurahan(
            @Parameter(description = "Only the kelurahan of this kecamatan", example = "52.72.03",
                    schema = @Schema(pattern = AreaCodes.KECAMATAN_PATTERN))
            @QueryParam("kecamatan") String kecamatan,
            @BeanParam PageRequest page) {
        if (kecamatan != null) {
            areas.requireKecamatan("kecamatan", kecamatan);
        }
        String[] after = page.after(1);
        List<KelurahanItem> rows = areas.kelurahan(kecamatan).stream()
                .filter(k -> after == null || k.code().compareTo(after[0]) > 0)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rows, page, k -> new String[] {k.code()}, k -> k);
    }

    @GET
    @Path("/kelurahan/{code}")
    @Operation(operationId = "getKelurahan", summary = "Get one kelurahan",
            description = "A well-formed code that is not a kelurahan of Kota Bima is 404; a malformed one is 400.")
    public KelurahanItem getKelurahan(
            @Parameter(example = "52.72.03.1004", schema = @Schema(pattern = AreaCodes.KELURAHAN_PATTERN))
            @PathParam("code") String code) {
        if (!AreaCodes.isKelurahanShape(code)) {
            throw ProblemException.invalidField("code", "area.kelurahan.shape");
        }
        return areas.findKelurahan(code).orElseThrow(() -> ProblemException.notFound("Kelurahan", code));
    }
}
