package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.area.ContactDtos.ContactView;
import id.go.bimakota.pilar.area.ContactDtos.NewContact;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.common.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

// The full path on the class: a shorter one would compete with AreaResource for /areas/kelurahan/{code}.
@Path("/api/v1/areas/kelurahan/{code}/contacts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Wilayah")
public class KelurahanContactResource {

    private final ContactService contacts;

    public KelurahanContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
    @Operation(operationId = "listKelurahanContacts", summary = "List a kelurahan's contacts",
            description = "Lurah, Sekretaris Lurah, Kasi Kesos, then the Ketua RW and RT by RW/RT; cursor-paged. "
                    + "ADMIN and PILLAR: any kelurahan; KELURAHAN: their own (404 otherwise, like an unknown code). Unknown code 404; malformed "
                    + "code, unknown position, bad limit or cursor 400.")
    public Page<ContactView> list(
            @Parameter(example = "52.72.03.1004", schema = @Schema(pattern = AreaCodes.KELURAHAN_PATTERN))
            @PathParam("code") String code,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") Boolean active,
            @Parameter(schema = @Schema(implementation = ContactPosition.class)) @QueryParam("position") ContactPosition position,
            @BeanParam PageRequest page) {
        return contacts.list(code, active, position,
                page);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.KELURAHAN})
    @APIResponse(responseCode = "201", description = "Added; Location and ETag point at it",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid values, every field named")
    @APIResponse(responseCode = "403", description = "A PILLAR caller (they read contacts, the kelurahan and the Dinas keep them)")
    @APIResponse(responseCode = "404", description = "No such kelurahan, or (for an officer) another kelurahan than their own")
    @APIResponse(responseCode = "409", description = "Another active Ketua RW/RT holds that neighbourhood (existingContactId)")
    @Operation(operationId = "createKelurahanContact", summary = "Add a contact to a kelurahan",
            description = ContactDtos.NEIGHBOURHOOD + " ADMIN: any kelurahan; KELURAHAN: their own.")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    public RestResponse<ContactView> create(
            @Parameter(example = "52.72.03.1004", schema = @Schema(pattern = AreaCodes.KELURAHAN_PATTERN))
            @PathParam("code") String code,
            @Valid @NotNull NewContact request) {
        ContactView contact = contacts.create(code, request);
        return Versions.created("/api/v1/contacts/" + contact.id(), contact);
    }

}
