package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.config.PilarConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a user may still use their access tokens: active, and at the auth version the token was
 * issued with. Cached per user so a request costs no database round trip; a change on this
 * instance is seen at once, a change on another instance within {@code pilar.auth.cache-ttl}.
 */
@ApplicationScoped
public class UserAccessCache {

    private record Entry(boolean active, int authVersion, long loadedAtNanos) {
    }

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public UserAccessCache(PilarConfig config) {
        this.ttlNanos = config.auth().cacheTtl().toNanos();
    }

    /** Blocking: may read the database. */
    public boolean allows(UUID userId, int tokenAuthVersion) {
        Entry entry = entries.get(userId);
        if (entry == null || System.nanoTime() - entry.loadedAtNanos > ttlNanos) {
            entry = load(userId);
            entries.put(userId, entry);
        }
        return entry.active && entry.authVersion == tokenAuthVersion;
    }

    public void forget(UUID userId) {
        entries.remove(userId);
    }

    private Entry load(UUID userId) {
        User user = QuarkusTransaction.joiningExisting().call(() -> User.<User>findById(userId));
        return user == null ? new Entry(false, -1, System.nanoTime())
                : new Entry(user.active, user.authVersion, System.nanoTime());
    }
}
