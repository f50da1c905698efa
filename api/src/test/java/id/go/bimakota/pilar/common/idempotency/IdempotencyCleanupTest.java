package id.go.bimakota.pilar.common.idempotency;

import static id.go.bimakota.pilar.common.idempotency.IdempotencyTest.unique;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records are forgotten 7 days after they were made, by a scheduled job. */
@QuarkusTest
class IdempotencyCleanupTest {

    static final String FINGERPRINT = "0".repeat(64);

    @Inject
    DataSource dataSource;
    @Inject
    IdempotencyCleanup cleanup;
    @Inject
    IdempotencyStore store;
    @Inject
    Scheduler scheduler;
    IdempotencyRows rows;

    @BeforeEach
    void setUp() {
        rows = new IdempotencyRows(dataSource);
    }

    @Test
    void recordsOlderThanSevenDaysAreDeleted() {
        String scope = unique("cleanup");
        Instant now = Instant.now();
        Instant eightDaysAgo = now.minus(Duration.ofDays(8));
        Instant sixDaysAgo = now.minus(Duration.ofDays(6));
        rows.insert(scope, "old", FINGERPRINT, "COMPLETED", eightDaysAgo, eightDaysAgo);
        rows.insert(scope, "old-orphan", FINGERPRINT, "IN_PROGRESS", eightDaysAgo, eightDaysAgo);
        rows.insert(scope, "recent", FINGERPRINT, "COMPLETED", sixDaysAgo, sixDaysAgo);
        // Old, but an attempt took it over moments ago and is running: not deleted under it.
        rows.insert(scope, "old-running", FINGERPRINT, "IN_PROGRESS", eightDaysAgo, now.plusSeconds(30));

        assertTrue(cleanup.purgeExpired() >= 2);

        assertNull(rows.find(scope, "old"));
        assertNull(rows.find(scope, "old-orphan"));
        assertNotNull(rows.find(scope, "recent"));
        assertNotNull(rows.find(scope, "old-running"));
    }

    @Test
    void deletesInBatchesUntilNothingIsLeft() {
        String scope = unique("batches");
        Instant old = Instant.now().minus(Duration.ofDays(30));
        for (int i = 0; i < 5; i++) {
            rows.insert(scope, "k" + i, FINGERPRINT, "COMPLETED", old.plusSeconds(i), old);
        }
        assertTrue(new IdempotencyCleanup(store, Duration.ofDays(7), 2, java.time.Clock.systemUTC()).purgeExpired() >= 5);
        for (int i = 0; i < 5; i++) {
            assertNull(rows.find(scope, "k" + i));
        }
    }

    @Test
    void runsOnASchedule() {
        assertNotNull(scheduler.getScheduledJob(IdempotencyCleanup.JOB));
    }
}
