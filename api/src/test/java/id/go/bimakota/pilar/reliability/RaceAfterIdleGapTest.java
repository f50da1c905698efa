package id.go.bimakota.pilar.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link RaceTest} again, each race started after every pooled connection was closed (issue 17): the
 * burst opens its connections anew, on a database whose schema was created by a session now gone.
 */
@QuarkusTest
@TestProfile(IdleGap.Profile.class)
class RaceAfterIdleGapTest extends RaceTest {

    @Inject
    IdleGap gap;

    /** Runs after {@link RaceTest}'s own set-up, right before the race. */
    @BeforeEach
    void quietSpell() {
        gap.pass();
    }
}
