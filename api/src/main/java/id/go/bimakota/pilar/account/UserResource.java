package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import id.go.bimakota.pilar.account.AccountDtos.NewUser;
import id.go.bimakota.pilar.account.AccountDtos.PasswordReset;
import id.go.bimakota.pilar.account.AccountDtos.UserPatch;
import id.go.bimakota.pilar.account.AccountDtos.UserView;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Pengguna", description = "Akun pengguna (khusus ADMIN); pengguna tidak dihapus, hanya dinonaktifkan. User accounts (ADMIN only). Users are never deleted: deactivate them.")
public class UserResource {

    private final UserService users;
    private final CurrentUser currentUser;

    public UserResource(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users", description = "In username order, cursor-paged.")
    public Page<UserView> list(
            @Parameter(schema = @Schema(enumeration = {"ADMIN", "PILLAR", "KELURAHAN"})) @QueryParam("role") Role role,
            @QueryParam("active") Boolean active,
            @Parameter(description = "Part of the username or display name") @QueryParam("q") String q,
            @BeanParam PageRequest page) {
        return users.list(role, active, q, page);
    }

    @POST
    @APIResponseSchema(value = UserView.class, responseCode = "201", responseDescription = "Created; Location and ETag point at it")
    @Operation(operationId = "createUser", summary = "Create a user",
            description = "KELURAHAN users need kelurahanCode, PILLAR users are linked to their pillar with pillarId. Passwords have at least 10 characters.")
    public RestResponse<UserView> create(@Valid @NotNull NewUser request) {
        UserView user = users.create(request);
        return Versions.created("/api/v1/users/" + user.id(), user);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user")
    public RestResponse<UserView> get(@PathParam("id") UUID id) {
        UserView user = users.get(id);
        return Versions.ok(user);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Change a user",
            description = "Send If-Match with the ETag you read. Role, link or active changes end the user's sessions at once; {\"active\": false} deactivates.")
    public RestResponse<UserView> update(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UserPatch patch) {
        UserView user = users.update(id, ifMatch, patch, currentUser.id());
        return Versions.ok(user);
    }

    @POST
    @Path("/{id}/password")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Password set; the user's sessions are ended")
    @Operation(operationId = "resetUserPassword", summary = "Reset a user's password",
            description = "Sets a new password and ends the user's sessions.")
    public void resetPassword(@PathParam("id") UUID id, @Valid @NotNull PasswordReset request) {
        users.resetPassword(id, request.newPassword());
    }

    @POST
    @Path("/{id}/unlock")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Unlocked: earlier failed logins of this user no longer count, from any address")
    @Operation(operationId = "unlockUser", summary = "Unlock a user's login",
            description = "After failed logins a username is locked for the address they came from (5 within 15 minutes) and slowed down for everyone (50). This forgets those failures at once.")
    public void unlock(@PathParam("id") UUID id) {
        users.unlock(id);
    }
}
