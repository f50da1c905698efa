package id.go.bimakota.pilar.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

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
        return clock.withZone(Times.WITA);
    }
}
