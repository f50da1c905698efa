package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.PilarService.LoginRequest;
import id.go.bimakota.pilar.client.PilarService.RefreshRequest;
import id.go.bimakota.pilar.client.PilarService.TokenResponse;
import id.go.bimakota.pilar.client.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The login of one client: logs in on first use and keeps the tokens in memory only. All token work
 * is serialised, because refresh tokens rotate: two concurrent refreshes with one token would look
 * like token theft to the service, which then revokes the whole chain.
 */
final class Session {

    private static final Duration MAX_EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final PilarService service;
    private final Http http;
    private final String username;
    private final String password;
    private final Clock clock;

    private String accessToken;
    private String refreshToken;
    private Instant renewAt;
    private User user;

    /** {@code service} must not authenticate its calls itself. */
    Session(PilarService service, Http http, String username, String password, Clock clock) {
        this.service = service;
        this.http = http;
        this.username = username;
        this.password = password;
        this.clock = clock;
    }

    boolean hasCredentials() {
        return username != null;
    }

    String username() {
        return username;
    }

    /** A valid access token, logging in or refreshing first if needed. */
    synchronized String accessToken() {
        if (accessToken == null) {
            login();
        } else if (!clock.instant().isBefore(renewAt)) {
            renew();
        }
        return accessToken;
    }

    /** A new access token after the service rejected {@code rejected}, unless another call already got one. */
    synchronized String renewAfterRejection(String rejected) {
        if (accessToken == null || accessToken.equals(rejected)) {
            renew();
        }
        return accessToken;
    }

    synchronized User login() {
        accept(http.call(service.token(new LoginRequest(username, password))));
        return user;
    }

    synchronized Optional<User> user() {
        return Optional.ofNullable(user);
    }

    /** The tokens of a session that is being ended. */
    record Ended(String accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "Ended[████]";
        }
    }

    /**
     * New tokens of an ended session whose access token ran out, to revoke it with; empty when the
     * service no longer knows its refresh token.
     */
    Optional<Ended> renewed(Ended ended) {
        try {
            TokenResponse tokens = http.call(service.refresh(new RefreshRequest(ended.refreshToken())));
            return Optional.of(new Ended(tokens.accessToken(), tokens.refreshToken()));
        } catch (PilarApiException e) {
            if (e.status() != 400 && e.status() != 401) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Forgets the tokens and returns them, to revoke the session with; empty when not logged in. */
    synchronized Optional<Ended> forget() {
        Ended ended = refreshToken == null ? null : new Ended(accessToken, refreshToken);
        accessToken = null;
        refreshToken = null;
        user = null;
        return Optional.ofNullable(ended);
    }

    private void renew() {
        if (refreshToken == null) {
            login();
            return;
        }
        try {
            accept(http.call(service.refresh(new RefreshRequest(refreshToken))));
        } catch (PilarApiException e) {
            if (e.status() != 400 && e.status() != 401) {
                throw e;
            }
            // Refresh token expired or revoked: the password still works unless it was changed.
            refreshToken = null;
            login();
        }
    }

    private void accept(TokenResponse tokens) {
        accessToken = tokens.accessToken();
        refreshToken = tokens.refreshToken();
        user = tokens.user();
        // Renew a little early so a token never expires on its way to the service.
        Duration lifetime = Duration.ofSeconds(Math.max(0, tokens.expiresIn()));
        Duration margin = lifetime.dividedBy(2).compareTo(MAX_EXPIRY_MARGIN) < 0 ? lifetime.dividedBy(2)
                : MAX_EXPIRY_MARGIN;
        renewAt = clock.instant().plus(lifetime).minus(margin);
    }

    @Override
    public String toString() {
        return "Session[username=" + username + ", loggedIn=" + (accessToken != null) + "]";
    }
}
