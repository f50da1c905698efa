package id.go.bimakota.pilar.common.idempotency;

import id.go.bimakota.pilar.common.config.PilarConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets Idempotency-Keys after the retention period (7 days, API.md). Deletes in small batches, each
 * committing by itself, so that the job never holds long locks or a huge transaction on the table.
 */
@ApplicationScoped
public class IdempotencyCleanup {

    static final String JOB = "idempotency-cleanup";
    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final IdempotencyStore store;
    private final Duration retention;
    private final int batchSize;
    private final Clock clock;

    @Inject
    public IdempotencyCleanup(IdempotencyStore store, PilarConfig config, Clock clock) {
        this(store, config.idempotency().retention(), config.idempotency().cleanup().batchSize(), clock);
    }

    IdempotencyCleanup(IdempotencyStore store, Duration retention, int batchSize, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, every = "${pilar.idempotency.cleanup.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeExpired();
    }

    /** Deletes every record older than the retention period; returns how many. */
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = store.purge(cutoff, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        if (total > 0) {
            LOG.infof("Forgot %d Idempotency-Keys older than %s", total, retention);
        }
        return total;
    }
}
