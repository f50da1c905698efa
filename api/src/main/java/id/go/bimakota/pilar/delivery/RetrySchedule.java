package id.go.bimakota.pilar.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again, after the Standard Webhooks schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h; eight attempts in all. Jitter (up to a tenth) spreads the retries of a provider's outage.
 */
final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));

    private RetrySchedule() {
    }

    /** The wait before attempt {@code attemptsDone + 1}, or empty when every attempt is used. */
    static Optional<Duration> next(int attemptsDone, Optional<Duration> retryAfter) {
        if (attemptsDone >= DELAYS.size()) {
            return Optional.empty();
        }
        Duration base = DELAYS.get(attemptsDone);
        long jitterMillis = base.toMillis() / 10;
        Duration delay = base.plusMillis(jitterMillis == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitterMillis + 1));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get();
        }
        return Optional.of(delay);
    }
}
