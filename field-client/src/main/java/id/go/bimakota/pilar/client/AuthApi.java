package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.PilarService.PasswordChange;
import id.go.bimakota.pilar.client.PilarService.RefreshRequest;
import id.go.bimakota.pilar.client.model.User;
import java.util.Optional;

/** The login of this client. Logging in happens by itself on the first call that needs it. */
public final class AuthApi {

    private final PilarService service;
    private final Http http;
    private final Session session;

    AuthApi(PilarService service, Http http, Session session) {
        this.service = service;
        this.http = http;
        this.session = session;
    }

    /** Logs in now with the configured credentials, e.g. to check a password the user just typed. */
    public User login() {
        return session.login();
    }

    /** The logged-in user as of the last login or refresh, without a request; empty before the first. */
    public Optional<User> currentUser() {
        return session.user();
    }

    /** {@code GET /api/v1/me}: the logged-in user, fresh from the service. */
    public User me() {
        return http.call(service.me());
    }

    public void changePassword(String currentPassword, String newPassword) {
        http.call(service.changePassword(new PasswordChange(currentPassword, newPassword)));
    }

    /**
     * Revokes the session on the service and forgets the tokens; a later call logs in again. The
     * request carries the session's own access token, so logging out never logs in first; if that
     * token ran out, the session's refresh token gets a last one to log out with. A session the service
     * already ended counts as logged out.
     */
    public void logout() {
        session.forget().ifPresent(tokens -> {
            try {
                revoke(tokens);
            } catch (PilarApiException e) {
                if (e.status() != 401) {
                    throw e;
                }
                session.renewed(tokens).ifPresent(this::revoke);
            }
        });
    }

    private void revoke(Session.Ended tokens) {
        http.call(service.logout("Bearer " + tokens.accessToken(), new RefreshRequest(tokens.refreshToken())));
    }
}
