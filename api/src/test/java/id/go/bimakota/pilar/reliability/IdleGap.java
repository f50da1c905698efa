package id.go.bimakota.pilar.reliability;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;

/**
 * A quiet hour, in no time (issue 17): {@link #pass()} closes every connection of both pools, as their
 * idle sweep does after a gap in traffic, while the database itself stays open, as it does in a
 * running service (DB_CLOSE_DELAY=-1, as in the service's own URL). The requests after it run on
 * connections opened anew, and every session that served before the gap is gone, Flyway's (which
 * created the schema) among them.
 */
@ApplicationScoped
public class IdleGap {

    /**
     * Pools with nothing kept at rest ({@code min-size=0}) and their pool metrics, to see the sweep
     * done. On H2 a database file of its own, so that the restart of this profile starts it empty (as
     * DemoDataTest does); on PostgreSQL the test database, which Flyway cleans at the restart.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.metrics.enabled", "true",
                    "%test.quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/test-db-idle/pilar-bima;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;DB_CLOSE_DELAY=-1");
        }
    }

    private static final Duration SWEEP_LIMIT = Duration.ofSeconds(10);

    private final AgroalDataSource main;
    private final AgroalDataSource direct;

    @Inject
    public IdleGap(AgroalDataSource main, @DataSource("direct") AgroalDataSource direct) {
        this.main = main;
        this.direct = direct;
    }

    /**
     * Closes every pooled connection (one in use when it is returned) and waits until each of them is
     * gone. The service keeps working meanwhile (the delivery dispatcher ticks every second), so new
     * connections may open at once; they were not there before the gap, which is what counts.
     */
    public void pass() {
        long gone = 0;
        for (AgroalDataSource pool : new AgroalDataSource[] {main, direct}) {
            gone += pool.getMetrics().destroyCount() + pool.getMetrics().availableCount() + pool.getMetrics().activeCount();
            pool.flush(AgroalDataSource.FlushMode.ALL);
        }
        long deadline = System.nanoTime() + SWEEP_LIMIT.toNanos();
        while (main.getMetrics().destroyCount() + direct.getMetrics().destroyCount() < gone) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the pools still hold connections from before the gap after " + SWEEP_LIMIT);
            }
            Thread.onSpinWait();
        }
    }

    /** Connections the pools have closed so far: the test shows that its gaps were real. */
    public long closedConnections() {
        return main.getMetrics().destroyCount() + direct.getMetrics().destroyCount();
    }
}
