package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.ppkscase.PpksCategories.PpksCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ppks-categories")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Referensi", description = "Data referensi: kategori PPKS dan jenis pilar. Reference data: PPKS categories and pillar types.")
public class PpksCategoryResource {

    private final PpksCategories categories;

    public PpksCategoryResource(PpksCategories categories) {
        this.categories = categories;
    }

    @GET
    @Operation(operationId = "listPpksCategories", summary = "List the PPKS categories",
            description = "The 26 categories of Permensos No. 08 Tahun 2012 in official order. Codes never change. Open: no login needed.")
    public Page<PpksCategory> list() {
        return Page.all(categories.all());
    }
}
