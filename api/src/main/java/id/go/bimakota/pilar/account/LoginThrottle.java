package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.config.PilarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Brute-force protection: after {@code pilar.login.max-failures} failed logins for one username
 * within the window, every attempt (a correct one included) is refused until the window passes.
 * Counts come from the audit log, so the rule holds across several service instances.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String FAILED = "LOGIN_FAILED";
    static final String SUCCEEDED = "LOGIN_SUCCEEDED";
    static final String ENTITY = "Login";

    private final EntityManager em;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    public LoginThrottle(EntityManager em, PilarConfig config, Clock clock) {
        this.em = em;
        this.maxFailures = config.login().maxFailures();
        this.window = config.login().failureWindow();
        this.clock = clock;
    }

    /** How long the username stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(String usernameKey) {
        Instant now = clock.instant();
        List<Object[]> recent = em.createQuery("select e.action, e.at from AuditEvent e where e.action in (?1, ?2) "
                        + "and e.entityId = ?3 and e.at > ?4 order by e.at desc", Object[].class)
                .setParameter(1, FAILED).setParameter(2, SUCCEEDED).setParameter(3, usernameKey)
                .setParameter(4, now.minus(window)).setMaxResults(maxFailures).getResultList();
        if (recent.size() < maxFailures || recent.stream().anyMatch(r -> SUCCEEDED.equals(r[0]))) {
            return Optional.empty();
        }
        Instant oldestCounted = (Instant) recent.get(recent.size() - 1)[1];
        Duration left = Duration.between(now, oldestCounted.plus(window));
        return Optional.of(left.isNegative() ? Duration.ofSeconds(1) : left);
    }
}
