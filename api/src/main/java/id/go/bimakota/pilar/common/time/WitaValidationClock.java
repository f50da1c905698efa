package id.go.bimakota.pilar.common.time;

import id.go.bimakota.pilar.common.Times;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The "now" of the date constraints ({@code @PastOrPresent} on a consent or birth date): the service's
 * clock, in WITA, because calendar dates in the API are WITA dates. Without it Hibernate Validator
 * takes the JVM's zone (UTC on the servers), and from 00:00 to 08:00 WITA a consent given today was
 * refused as a future date. Quarkus hands a {@link ClockProvider} bean to the validator factory.
 */
@Singleton
public class WitaValidationClock implements ClockProvider {

    private final Clock clock;

    WitaValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(Times.WITA);
    }
}
