package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.config.PilarConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.web.HttpGuards;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Brute-force protection that holds under concurrency and cannot be turned against the Dinas.
 * <ul>
 * <li>Per username and client address: at most {@code pilar.login.max-failures} password checks may
 * fail within the window. A check is reserved before it runs and counted until its outcome is
 * committed, under one lock per (username, address): 60 simultaneous attempts get 5 checks, not 36.
 * <li>Per username from all addresses: after {@code account-max-failures} failures the account is
 * slowed down to one check per {@code account-slow-down}, never locked; ADMIN can unlock it.
 * <li>At most {@code max-concurrent-checks} bcrypt checks run at once; beyond them a login is refused
 * at once rather than queued, so a flood of logins leaves CPU for everyone else.
 * </ul>
 * Between the commit of a failure and the release of its reservation it is counted twice: the count
 * errs on the safe side (a race may get fewer than 5 checks, never more).
 * Failures are counted from the audit log (since the last success of that address and the last
 * unlock), so a restart forgets nothing and several instances see each other's failures.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String FAILED = "LOGIN_FAILED";
    static final String SUCCEEDED = "LOGIN_SUCCEEDED";
    static final String UNLOCKED = "LOGIN_UNLOCKED";
    static final String ENTITY = "Login";

    private static final int STRIPES = 256;

    /** Why a login may not check its password now, and for how long. */
    public record Refusal(String messageKey, Duration retryAfter) {

        /** Refused because too many password checks run at this moment, whoever they are for. */
        boolean busy() {
            return BUSY.equals(messageKey);
        }
    }

    private static final String BUSY = "login.busy";

    private final Object[] stripes = new Object[STRIPES];
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSlowedCheck = new ConcurrentHashMap<>();
    private final Semaphore checks;
    private final EntityManager em;
    private final int maxFailures;
    private final int accountMaxFailures;
    private final Duration window;
    private final Duration slowDown;
    private final Clock clock;

    public LoginThrottle(EntityManager em, PilarConfig config, Clock clock) {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
        this.em = em;
        this.maxFailures = config.login().maxFailures();
        this.accountMaxFailures = config.login().accountMaxFailures();
        this.window = config.login().failureWindow();
        this.slowDown = config.login().accountSlowDown();
        this.checks = new Semaphore(config.login().maxConcurrentChecks());
        this.clock = clock;
    }

    /**
     * Reserves one password check for the username from the address, or says why not. A reservation
     * must be given back with {@link #release} once the attempt's outcome is committed.
     */
    public Optional<Refusal> reserve(String usernameKey, String address) {
        if (!checks.tryAcquire()) {
            // before any database work: a flood is turned away for nothing
            return Optional.of(new Refusal(BUSY, Duration.ofSeconds(1)));
        }
        Optional<Refusal> refused = reserveChecking(usernameKey, address);
        if (refused.isPresent()) {
            checks.release();
        }
        return refused;
    }

    private Optional<Refusal> reserveChecking(String usernameKey, String address) {
        String slot = usernameKey + "\n" + address;
        synchronized (stripes[Math.floorMod(slot.hashCode(), STRIPES)]) {
            Instant now = clock.instant();
            List<Instant> failures = QuarkusTransaction.requiringNew().call(() -> recentFailures(usernameKey, address, now));
            int pending = inFlight.getOrDefault(slot, 0);
            if (failures.size() + pending >= maxFailures) {
                Duration left = failures.size() >= maxFailures
                        ? Duration.between(now, failures.get(maxFailures - 1).plus(window)) : window;
                return Optional.of(new Refusal("login.throttled", atLeastOneSecond(left)));
            }
            Optional<Refusal> slowed = accountSlowDown(usernameKey, now);
            if (slowed.isPresent()) {
                return slowed;
            }
            inFlight.merge(slot, 1, Integer::sum);
            return Optional.empty();
        }
    }

    /**
     * Answers a login on the event loop with 429 while every password check is taken: a flood then
     * costs neither a worker thread nor the reading of its body, so other requests keep their pace.
     */
    void install(@Observes Router router) {
        router.post("/api/v1/auth/token").order(Integer.MIN_VALUE + 2).handler(rc -> {
            if (checks.availablePermits() > 0) {
                rc.next();
                return;
            }
            rc.response().putHeader("Retry-After", "1");
            HttpGuards.refuse(rc, ProblemType.TOO_MANY_REQUESTS, BUSY);
        });
    }

    public void release(String usernameKey, String address) {
        String slot = usernameKey + "\n" + address;
        synchronized (stripes[Math.floorMod(slot.hashCode(), STRIPES)]) {
            inFlight.computeIfPresent(slot, (s, n) -> n > 1 ? n - 1 : null);
        }
        checks.release();
    }

    /** Forgets the slow-down of an account (its failures before the unlock no longer count). */
    void unlocked(String usernameKey) {
        lastSlowedCheck.remove(usernameKey);
    }

    private Optional<Refusal> accountSlowDown(String usernameKey, Instant now) {
        long failures = QuarkusTransaction.requiringNew().call(() -> accountFailures(usernameKey, now));
        if (failures < accountMaxFailures) {
            return Optional.empty();
        }
        Instant[] previous = new Instant[1];
        lastSlowedCheck.compute(usernameKey, (key, last) -> {
            previous[0] = last;
            return last != null && last.plus(slowDown).isAfter(now) ? last : now;
        });
        if (previous[0] != null && previous[0].plus(slowDown).isAfter(now)) {
            return Optional.of(new Refusal("login.slowedDown",
                    atLeastOneSecond(Duration.between(now, previous[0].plus(slowDown)))));
        }
        return Optional.empty();
    }

    /** Failures of this address for this username since the window began, its last success or an unlock. */
    private List<Instant> recentFailures(String usernameKey, String address, Instant now) {
        Instant since = latest(now.minus(window), em.createQuery("select max(e.at) from AuditEvent e where e.entityId = ?1 "
                        + "and ((e.action = ?2 and e.clientAddress = ?3) or e.action = ?4) and e.at > ?5", Instant.class)
                .setParameter(1, usernameKey).setParameter(2, SUCCEEDED).setParameter(3, address)
                .setParameter(4, UNLOCKED).setParameter(5, now.minus(window)).getSingleResult());
        return em.createQuery("select e.at from AuditEvent e where e.action = ?1 and e.entityId = ?2 "
                        + "and e.clientAddress = ?3 and e.at > ?4 order by e.at desc", Instant.class)
                .setParameter(1, FAILED).setParameter(2, usernameKey).setParameter(3, address).setParameter(4, since)
                .setMaxResults(maxFailures).getResultList();
    }

    private long accountFailures(String usernameKey, Instant now) {
        Instant since = latest(now.minus(window), em.createQuery("select max(e.at) from AuditEvent e where e.action = ?1 "
                        + "and e.entityId = ?2 and e.at > ?3", Instant.class)
                .setParameter(1, UNLOCKED).setParameter(2, usernameKey).setParameter(3, now.minus(window)).getSingleResult());
        return em.createQuery("select count(e) from AuditEvent e where e.action = ?1 and e.entityId = ?2 and e.at > ?3",
                        Long.class)
                .setParameter(1, FAILED).setParameter(2, usernameKey).setParameter(3, since).getSingleResult();
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static Duration atLeastOneSecond(Duration left) {
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }
}
