package id.go.bimakota.pilar.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock seen from a zone: the same instants (a test clock's moved time too), local dates of that zone. */
final class ZonedView extends Clock {

    private final Clock instants;
    private final ZoneId zone;

    ZonedView(Clock instants, ZoneId zone) {
        this.instants = instants;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ZonedView(instants, other);
    }

    @Override
    public Instant instant() {
        return instants.instant();
    }
}
