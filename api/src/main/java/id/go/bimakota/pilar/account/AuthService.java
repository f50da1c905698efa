package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.account.AccountDtos.TokenResponse;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.web.ClientAddresses;
import id.go.bimakota.pilar.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Login, refresh and logout. Failures are committed (audit rows, revocations) before the 401 is
 * thrown, so each step runs in a transaction of its own rather than rolling back on the error.
 */
@ApplicationScoped
public class AuthService {

    /** Stands in the audit for a submitted username that cannot be one (never the text itself). */
    static final String NOT_A_USERNAME = "(not-a-username)";

    private final Tokens tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final UserAccessCache accessCache;
    private final PillarRegistry pillars;
    private final ClientAddresses addresses;

    private final Clock clock;

    public AuthService(Tokens tokens, LoginThrottle throttle, AuditLog audit, UserAccessCache accessCache,
            PillarRegistry pillars, ClientAddresses addresses, Clock clock) {
        this.clock = clock;
        this.pillars = pillars;
        this.addresses = addresses;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
        this.accessCache = accessCache;
    }

    /** What one password check came to: tokens, or the message key of the 401. */
    private record Outcome(TokenResponse tokens, String refusal) {
    }

    public TokenResponse login(String username, String password) {
        String key = User.keyOf(username);
        String address = Objects.requireNonNullElse(addresses.current(), "unknown");
        if (!key.matches(AccountDtos.USERNAME_PATTERN)) {
            // no user can have this name: nothing to check, and the audit keeps no arbitrary text
            QuarkusTransaction.requiringNew().run(() -> audit.record(new AuditLog.Actor(null, NOT_A_USERNAME, null),
                    LoginThrottle.FAILED, LoginThrottle.ENTITY, NOT_A_USERNAME, null));
            throw new ProblemException(ProblemType.UNAUTHORIZED, Message.of("login.failed"));
        }
        Optional<LoginThrottle.Refusal> refused = throttle.reserve(key, address);
        if (refused.isPresent()) {
            if (!refused.get().busy()) { // a busy refusal says nothing about the username: not worth a write in a flood
                QuarkusTransaction.requiringNew().run(() -> audit.record(new AuditLog.Actor(null, key, null),
                        "LOGIN_THROTTLED", LoginThrottle.ENTITY, key, null));
            }
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, Message.of(refused.get().messageKey()))
                    .withHeader("Retry-After", Long.toString(refused.get().retryAfter().toSeconds()));
        }
        Outcome outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().call(() -> attempt(key, password));
        } finally {
            throttle.release(key, address); // after the commit: the failure is counted from now on
        }
        if (outcome.tokens() == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, Message.of(outcome.refusal()));
        }
        return outcome.tokens();
    }

    private Outcome attempt(String key, String password) {
        User user = User.findByUsername(key).orElse(null);
        AuditLog.Actor actor = new AuditLog.Actor(user == null ? null : user.id, key,
                user == null ? null : user.role.name());
        if (!Passwords.matches(user, password)) {
            audit.record(actor, LoginThrottle.FAILED, LoginThrottle.ENTITY, key, null);
            return new Outcome(null, "login.failed");
        }
        // Only the right password learns why the account may not log in now.
        String refusal = !user.active ? "login.deactivated"
                : user.role == Role.PILLAR && user.pillarId != null && !pillars.isActive(user.pillarId) ? "login.suspended"
                : null;
        if (refusal != null) {
            audit.record(actor, "LOGIN_REFUSED", LoginThrottle.ENTITY, key, null);
            return new Outcome(null, refusal);
        }
        audit.record(actor, LoginThrottle.SUCCEEDED, LoginThrottle.ENTITY, key, null);
        return new Outcome(tokens.issue(user, UUID.randomUUID()), null);
    }

    /** Lets the username log in again from every address (ADMIN): earlier failures stop counting. */
    public void unlock(User user) {
        audit.record(LoginThrottle.UNLOCKED, LoginThrottle.ENTITY, user.usernameKey, null);
        throttle.unlocked(user.usernameKey);
    }

    public TokenResponse refresh(String refreshToken) {
        Optional<TokenResponse> issued = QuarkusTransaction.requiringNew().call(() -> rotate(refreshToken));
        return issued.orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, Message.of("refresh.invalid")));
    }

    private Optional<TokenResponse> rotate(String refreshToken) {
        Instant now = clock.instant();
        // The row lock makes two refreshes with one token take turns: exactly one rotates it.
        List<RefreshToken> found = RefreshToken.<RefreshToken>find("tokenHash", Tokens.hash(refreshToken))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get(0);
        User user = User.findById(token.userId);
        if (token.rotatedAt != null && token.revokedAt == null) {
            RefreshToken.revokeFamily(token.familyId, now);
            accessCache.forget(user.id); // the session's access tokens end with it
            audit.record(actorOf(user), "REFRESH_TOKEN_REUSED", "User", user.id, null);
            return Optional.empty();
        }
        if (!token.usableAt(now) || !user.active) {
            return Optional.empty();
        }
        token.rotatedAt = now;
        return Optional.of(tokens.issue(user, token.familyId));
    }

    /** Revokes the session the refresh token belongs to, if it is the caller's. */
    public void logout(UUID userId, String refreshToken) {
        QuarkusTransaction.requiringNew().run(() -> {
            RefreshToken token = RefreshToken.<RefreshToken>find("tokenHash", Tokens.hash(refreshToken))
                    .firstResult();
            if (token != null && token.userId.equals(userId)) {
                RefreshToken.revokeFamily(token.familyId, clock.instant());
                accessCache.forget(userId); // the session's access tokens end with it
            }
            audit.record("LOGOUT", "User", userId, null);
        });
    }

    /** Ends every session of the user at once: access tokens via the auth version, refresh tokens here. */
    public void endSessions(User user) {
        user.invalidateTokens();
        RefreshToken.revokeAllOf(user.id, clock.instant());
        accessCache.forget(user.id);
    }

    /** Makes the next request of the user read their access again (e.g. their pillar is back). */
    void forgetAccess(User user) {
        accessCache.forget(user.id);
    }

    private static AuditLog.Actor actorOf(User user) {
        return new AuditLog.Actor(user.id, user.username, user.role.name());
    }
}
