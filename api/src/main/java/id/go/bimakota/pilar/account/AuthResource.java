package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import id.go.bimakota.pilar.account.AccountDtos.RefreshRequest;
import id.go.bimakota.pilar.account.AccountDtos.TokenRequest;
import id.go.bimakota.pilar.account.AccountDtos.TokenResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Autentikasi", description = "Masuk, perpanjang token, keluar. Mulai di sini: POST /api/v1/auth/token, lalu Authorize. Login, token refresh and logout.")
public class AuthResource {

    private final AuthService auth;
    private final CurrentUser currentUser;

    public AuthResource(AuthService auth, CurrentUser currentUser) {
        this.auth = auth;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/token")
    @PermitAll
    @APIResponseSchema(value = TokenResponse.class, responseDescription = "Logged in: the token pair and who you are")
    @APIResponse(responseCode = "401", description = "Wrong username or password (the same answer for both); with the right password of a deactivated account or of a deactivated pillar's login, the detail says so")
    @APIResponse(responseCode = "429", description = "Too many failed logins for this username from this address (5 within 15 minutes), or from all addresses (50: then one check every 10 s), or too many logins being checked at this moment; Retry-After says when to try again")
    @Operation(operationId = "login", summary = "Log in",
            description = "Exchanges username and password for an access token (JWT, 1 hour) and a refresh token (30 days, single use). Usernames are compared NFKC-normalised and case-insensitively. Wrong password and unknown user get the same 401. After 5 failed attempts for one username from one client address within 15 minutes, that address is locked out of that username (429 with Retry-After) until the window passes or an ADMIN unlocks it; other addresses are not affected until 50 failures from all addresses, after which one attempt is checked every 10 seconds.")
    public TokenResponse token(@Valid @NotNull TokenRequest request) {
        return auth.login(request.username(), request.password());
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @APIResponseSchema(value = TokenResponse.class, responseDescription = "A new token pair; the one sent is used up")
    @APIResponse(responseCode = "401", description = "Unknown, expired or used-up refresh token (a used-up one also ends its session)")
    @Operation(operationId = "refreshToken", summary = "Refresh the access token",
            description = "Returns a new access token and a new refresh token; the one sent is used up. Sending a used-up refresh token again ends the whole session (all its tokens) and is 401.")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @POST
    @Path("/logout")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Logged out: the session's refresh token and access tokens are revoked")
    @Operation(operationId = "logout", summary = "Log out", description = "Ends the session of the given refresh token: its refresh token and every access token of that session stop working at once (401 saying the session ended), and its open live feeds close.")
    public void logout(@Valid @NotNull RefreshRequest request) {
        auth.logout(currentUser.id(), request.refreshToken());
    }
}
