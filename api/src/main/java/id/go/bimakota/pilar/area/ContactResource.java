package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.area.ContactDtos.ContactPatch;
import id.go.bimakota.pilar.area.ContactDtos.ContactView;
import id.go.bimakota.pilar.common.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/contacts/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.KELURAHAN})
@Tag(name = "Wilayah")
public class ContactResource {

    private final ContactService contacts;

    public ContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @PATCH
    @APIResponseSchema(value = ContactView.class, responseDescription = "Changed; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid values, every field named")
    @APIResponse(responseCode = "403", description = "A PILLAR caller")
    @APIResponse(responseCode = "404", description = "No such contact, or (for an officer) one of another kelurahan")
    @APIResponse(responseCode = "409", description = "Another active Ketua RW/RT holds that neighbourhood (existingContactId)")
    @APIResponse(responseCode = "412", description = "Stale If-Match: current holds the contact as it is now")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Operation(operationId = "updateKelurahanContact", summary = "Change a kelurahan contact",
            description = "Send If-Match with the ETag you read (428 without, 412 when stale). " + ContactDtos.NEIGHBOURHOOD
                    + " {\"active\": false} when someone no longer holds the position. ADMIN: any; KELURAHAN: their own "
                    + "kelurahan's.")
    public RestResponse<ContactView> update(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"2\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ContactPatch patch) {
        ContactView contact = contacts.update(id, ifMatch, patch);
        return Versions.ok(contact);
    }

    @DELETE
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "A PILLAR caller")
    @APIResponse(responseCode = "404", description = "No such contact, or (for an officer) one of another kelurahan")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @Operation(operationId = "deleteKelurahanContact", summary = "Delete a kelurahan contact",
            description = "Removes a contact entered by mistake (deactivate someone who left office instead, with PATCH "
                    + "{\"active\": false}). If-Match is optional; when sent it must be current. ADMIN: any; KELURAHAN: "
                    + "their own kelurahan's.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        contacts.delete(id, ifMatch);
    }
}
