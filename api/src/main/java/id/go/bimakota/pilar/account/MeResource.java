package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import id.go.bimakota.pilar.account.AccountDtos.MePatch;
import id.go.bimakota.pilar.account.AccountDtos.PasswordChange;
import id.go.bimakota.pilar.common.web.Versions;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;
import id.go.bimakota.pilar.account.AccountDtos.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
@Tag(name = "Autentikasi")
public class MeResource {

    private final UserService users;
    private final CurrentUser currentUser;

    public MeResource(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who am I", description = "The logged-in user's account, with its ETag.")
    public RestResponse<UserView> me() {
        return Versions.ok(users.get(currentUser.id()));
    }

    @PATCH
    @Operation(operationId = "updateMe", summary = "Change how I am told about visits",
            description = "My phone, email and channels (notifyBy: WHATSAPP, EMAIL; [] opts out) for the messages "
                    + "about notices. Send If-Match with the ETag of GET /api/v1/me.")
    public RestResponse<UserView> update(
            @Parameter(required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MePatch patch) {
        return Versions.ok(users.updateOwnContact(currentUser.id(), ifMatch, patch));
    }

    @POST
    @Path("/password")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Password changed; other sessions are ended")
    @Operation(operationId = "changeMyPassword", summary = "Change my password",
            description = "Needs the current password; ends all sessions, so log in again with the new one.")
    public void changePassword(@Valid @NotNull PasswordChange request) {
        users.changeOwnPassword(currentUser.id(), request.currentPassword(), request.newPassword());
    }
}
