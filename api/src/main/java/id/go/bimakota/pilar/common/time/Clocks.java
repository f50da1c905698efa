package id.go.bimakota.pilar.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of the service: every "now" in {@code api/src/main} is read from the {@link Clock}
 * produced here, so that tests can move time instead of waiting for it (a test alternative replaces it).
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
