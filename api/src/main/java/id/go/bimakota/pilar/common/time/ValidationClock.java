package id.go.bimakota.pilar.common.time;

import id.go.bimakota.pilar.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of Bean Validation's {@code @Past}/{@code @PastOrPresent}: the service clock, in Kota
 * Bima's time. Without it a date is compared with the JVM's zone (UTC on the server), and from 16:00
 * UTC on, "today" in Bima (a consent given this morning) was refused as a date in the future.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return new InZone(clock, Times.WITA);
    }

    /** The service clock seen from a zone: the same instants, local dates of that zone. */
    private static final class InZone extends Clock {
        private final Clock instants;
        private final ZoneId zone;

        InZone(Clock instants, ZoneId zone) {
            this.instants = instants;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new InZone(instants, other);
        }

        @Override
        public Instant instant() {
            return instants.instant();
        }
    }
}
