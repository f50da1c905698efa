package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.web.ProblemMappers;
import id.go.bimakota.pilar.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a user may still use an access token: active, their pillar (if any) active, at the auth
 * version the token was issued with, and the token's session not ended (logout, refresh-token reuse).
 * Cached per user so a request costs no database round trip; a change on this instance is seen at
 * once, a change on another instance within {@code pilar.auth.cache-ttl}.
 */
@ApplicationScoped
public class UserAccessCache {

    static final String DEACTIVATED = ProblemMappers.ACCESS_ENDED + "deactivated";
    static final String SUSPENDED = ProblemMappers.ACCESS_ENDED + "suspended";
    static final String CHANGED = ProblemMappers.ACCESS_ENDED + "changed";
    static final String SESSION_ENDED = ProblemMappers.ACCESS_ENDED + "session";

    private record Entry(boolean active, boolean suspended, int authVersion, Set<UUID> endedSessions,
            long loadedAtNanos) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final PillarRegistry pillars;
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;
    private final Duration accessLifetime;
    private final Clock clock;

    public UserAccessCache(PilarConfig config, PillarRegistry pillars, TransactionSynchronizationRegistry transactions,
            Clock clock) {
        this.pillars = pillars;
        this.transactions = transactions;
        this.ttlNanos = config.auth().cacheTtl().toNanos();
        this.accessLifetime = config.jwt().accessTokenLifetime();
        this.clock = clock;
    }

    /**
     * Why the token (of this user, auth version and session) may no longer be used, as a message key;
     * empty while it may. Blocking: may read the database.
     */
    public Optional<String> refusal(UUID userId, int tokenAuthVersion, UUID sessionId) {
        Entry entry = entries.get(userId);
        if (entry == null || System.nanoTime() - entry.loadedAtNanos > ttlNanos) {
            entry = load(userId);
            entries.put(userId, entry);
        }
        if (!entry.active) {
            return Optional.of(DEACTIVATED);
        }
        if (entry.suspended) {
            return Optional.of(SUSPENDED);
        }
        if (entry.authVersion != tokenAuthVersion) {
            return Optional.of(CHANGED);
        }
        if (sessionId != null && entry.endedSessions.contains(sessionId)) {
            return Optional.of(SESSION_ENDED);
        }
        return Optional.empty();
    }

    /**
     * Drops what is known of the user, now and again when the current transaction ends: a request
     * reading the user between the change and its commit must not keep the old state for a TTL.
     */
    public void forget(UUID userId) {
        entries.remove(userId);
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    entries.remove(userId);
                }
            });
        }
    }

    private Entry load(UUID userId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            User user = User.findById(userId);
            if (user == null) {
                return new Entry(false, false, -1, Set.of(), System.nanoTime());
            }
            boolean suspended = user.role == Role.PILLAR && user.pillarId != null && !pillars.isActive(user.pillarId);
            // Sessions ended within an access token's lifetime: older ones have no live access token left.
            Set<UUID> ended = Set.copyOf(RefreshToken.getEntityManager().createQuery("select distinct r.familyId "
                            + "from RefreshToken r where r.userId = ?1 and r.revokedAt is not null and r.revokedAt > ?2",
                            UUID.class)
                    .setParameter(1, userId).setParameter(2, clock.instant().minus(accessLifetime)).getResultList());
            return new Entry(user.active, suspended, user.authVersion, ended, System.nanoTime());
        });
    }
}
