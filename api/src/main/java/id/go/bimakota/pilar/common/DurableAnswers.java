package id.go.bimakota.pilar.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A write is answered only once it is in the database file, so that a killed process never loses a
 * write its client was told about. PostgreSQL guarantees that at commit. The embedded H2 writes its
 * store in the background, every 500 ms; writing it at every commit instead ({@code WRITE_DELAY=0})
 * made each creation pay a whole store while it held the row locks of its counters
 * (docs/PERFORMANCE.md). So a successful write waits for a {@code CHECKPOINT} that began after its
 * commit: one checkpoint covers every write committed before it (group commit), and under load one
 * file write serves many answers.
 */
@ApplicationScoped
public class DurableAnswers {

    private static final Logger LOG = Logger.getLogger(DurableAnswers.class);
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final DataSource dataSource;
    private final boolean embedded;
    /**
     * Held by the one thread writing the store; the others wait for it and usually find their write in
     * it. Fair, so that no answer waits behind writes that came after it.
     */
    private final ReentrantLock storeWriter = new ReentrantLock(true);
    /** Tickets handed to writes after their commit, in order. */
    private final AtomicLong committed = new AtomicLong();
    /** The last ticket known to be in the file (written under {@link #storeWriter}). */
    private volatile long stored;

    public DurableAnswers(DataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.embedded = "h2".equals(dbKind);
    }

    /** Runs after the endpoint, whose transaction has committed by then, and before the answer is sent. */
    @ServerResponseFilter
    public void beforeAnswering(ContainerRequestContext request, ContainerResponseContext response) {
        if (embedded && !READS.contains(request.getMethod())
                && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            awaitStored();
        }
    }

    private void awaitStored() {
        long mine = committed.incrementAndGet();
        storeWriter.lock();
        try {
            if (stored >= mine) {
                return; // a checkpoint that began after our commit has written it
            }
            long upTo = committed.get(); // every ticket up to here committed before this checkpoint begins
            checkpoint();
            stored = upTo;
        } finally {
            storeWriter.unlock();
        }
    }

    private void checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            // The write is committed; the background writer stores it within half a second. Failing
            // the answer now would only make the client retry a write that succeeded.
            LOG.warnf(e, "Could not write the store before answering; it is written in the background");
        }
    }
}
