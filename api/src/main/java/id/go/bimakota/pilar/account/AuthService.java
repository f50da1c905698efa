package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.account.AccountDtos.TokenResponse;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Login, refresh and logout. Failures are committed (audit rows, revocations) before the 401 is
 * thrown, so each step runs in a transaction of its own rather than rolling back on the error.
 */
@ApplicationScoped
public class AuthService {

    private final Tokens tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final UserAccessCache accessCache;

    private final Clock clock;

    public AuthService(Tokens tokens, LoginThrottle throttle, AuditLog audit, UserAccessCache accessCache, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
        this.accessCache = accessCache;
    }

    /** What one login attempt came to: tokens, a lock with its remaining time, or neither (401). */
    private record Outcome(TokenResponse tokens, Duration lockedFor) {
    }

    public TokenResponse login(String username, String password) {
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> attempt(username, password));
        if (outcome.lockedFor() != null) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, Message.of("login.throttled"))
                    .withHeader("Retry-After", Long.toString(Math.max(1, outcome.lockedFor().toSeconds())));
        }
        if (outcome.tokens() == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, Message.of("login.failed"));
        }
        return outcome.tokens();
    }

    private Outcome attempt(String username, String password) {
        String key = User.keyOf(username);
        Optional<Duration> locked = throttle.lockedFor(key);
        if (locked.isPresent()) {
            audit.record(new AuditLog.Actor(null, key, null), "LOGIN_THROTTLED", LoginThrottle.ENTITY, key, null);
            return new Outcome(null, locked.get());
        }
        User user = User.findByUsername(username).orElse(null);
        AuditLog.Actor actor = new AuditLog.Actor(user == null ? null : user.id, key,
                user == null ? null : user.role.name());
        if (!Passwords.verify(user, password)) {
            audit.record(actor, LoginThrottle.FAILED, LoginThrottle.ENTITY, key, null);
            return new Outcome(null, null);
        }
        audit.record(actor, LoginThrottle.SUCCEEDED, LoginThrottle.ENTITY, key, null);
        return new Outcome(tokens.issue(user, UUID.randomUUID()), null);
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

    private static AuditLog.Actor actorOf(User user) {
        return new AuditLog.Actor(user.id, user.username, user.role.name());
    }
}
