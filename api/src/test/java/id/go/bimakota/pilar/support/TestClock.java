package id.go.bimakota.pilar.support;

import id.go.bimakota.pilar.common.time.ServiceClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * The service clock of every test: real time, moved forward when a test says so (a visit that has
 * started, a token that has expired) instead of sleeping. Tests that move it call {@link #reset()}
 * when done, as the service is shared by the test classes of a run.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends ServiceClock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the service's "now" forward by {@code by} (adds to earlier moves). */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    protected Instant now() {
        return super.now().plus(offset);
    }
}
