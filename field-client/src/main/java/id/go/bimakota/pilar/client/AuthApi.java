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

    /** Revokes the refresh token on the service and forgets the tokens; a later call logs in again. */
    public void logout() {
        Optional<String> refreshToken = session.forget();
        refreshToken.ifPresent(token -> http.call(service.logout(new RefreshRequest(token))));
    }
}
