package id.go.bimakota.pilar.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** {@link BadInputTest} again, its probes sent after every pooled connection was closed (issue 17). */
@QuarkusTest
@TestProfile(IdleGap.Profile.class)
class BadInputAfterIdleGapTest extends BadInputTest {

    @Inject
    IdleGap gap;

    @Override
    void beforeProbing() {
        gap.pass();
    }
}
