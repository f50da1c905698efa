package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.common.config.PilarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests to the public verification page per client address and minute (fixed windows, in memory,
 * per instance). Codes carry 100 random bits, so this is not what keeps them secret; it keeps one
 * address from trying codes or loading the page in a loop.
 */
@ApplicationScoped
public class VerifyRateLimit {

    /** Above this many addresses, windows that have ended are dropped. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long minute, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    public VerifyRateLimit(PilarConfig.Letter settings, Clock clock) {
        this.perMinute = settings.verifyRequestsPerMinute();
        this.clock = clock;
    }

    /** Empty when the request may go on; otherwise the seconds until the address may ask again. */
    public OptionalLong check(String address) {
        long nowMillis = clock.millis();
        long minute = nowMillis / 60_000;
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(address, (a, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        if (window.count().incrementAndGet() <= perMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (minute + 1) * 60 - nowMillis / 1000));
    }
}
