package id.go.bimakota.pilar.common.time;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The one clock of the service: every "now" in {@code api/src/main} is read from it (inject
 * {@link Clock}), so that nothing depends on when it runs. The demo data set replays a week of
 * coordination through the real services by running each step {@link #at} the moment it simulates,
 * on its own thread; tests replace the bean to move time instead of waiting for it.
 */
@Singleton
public class ServiceClock extends Clock {

    private static final ThreadLocal<Instant> SIMULATED = new ThreadLocal<>();

    /** Runs {@code work} on this thread with "now" being {@code moment}; other threads keep real time. */
    public <T> T at(Instant moment, Supplier<T> work) {
        Instant outer = SIMULATED.get();
        SIMULATED.set(moment);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                SIMULATED.remove();
            } else {
                SIMULATED.set(outer);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant simulated = SIMULATED.get();
        return simulated != null ? simulated : now();
    }

    /** The real time, for a test clock to shift. */
    protected Instant now() {
        return Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same instants in another zone, e.g. {@link Times#WITA} for Kota Bima's local dates. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new ZonedView(this, zone);
    }
}
