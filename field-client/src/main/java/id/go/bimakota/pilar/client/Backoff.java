package id.go.bimakota.pilar.client;

import java.time.Duration;
import java.util.Random;

/**
 * How long background sync waits before its next pass. While items stay pending without progress
 * the wait doubles up to a ceiling, and only its second half is random ("equal jitter"): phones that
 * lost the network together do not all come back at the same second. Retry-After is a floor.
 */
final class Backoff {

    private static final Duration CEILING = Duration.ofMinutes(15);

    private final Duration interval;
    private final Duration ceiling;
    private final Random random;
    private int failedPasses;

    Backoff(Duration interval, Random random) {
        this.interval = interval;
        this.ceiling = interval.compareTo(CEILING) > 0 ? interval : CEILING;
        this.random = random;
    }

    /** The wait after a pass; {@code report} is null when the pass itself failed (e.g. a full disk). */
    Duration after(SyncReport report) {
        if (report != null && (report.pending() == 0 || report.sent() > 0)) {
            failedPasses = 0;
            return interval;
        }
        failedPasses++;
        double doubled = interval.toMillis() * Math.pow(2, failedPasses - 1);
        long limit = (long) Math.min(ceiling.toMillis(), doubled);
        long wait = limit / 2 + (long) (random.nextDouble() * (limit - limit / 2));
        Duration retryAfter = report == null ? Duration.ZERO : report.retryAfter().orElse(Duration.ZERO);
        return retryAfter.toMillis() > wait ? retryAfter : Duration.ofMillis(wait);
    }
}
