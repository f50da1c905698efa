package id.go.bimakota.pilar.common.storage;

import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An answer leaves only once what its request committed is in the database file, so that a killed
 * process never loses a write its client was told about: a notice answered 201, the audit row of a
 * NIK shown in full, a failed login counted against the password-guessing limit. PostgreSQL
 * guarantees that at commit. The embedded H2 writes its store in the background, every 500 ms;
 * writing it at every commit instead ({@code WRITE_DELAY=0}) made each creation pay a whole store
 * while it held the row lock of a counter (docs/PERFORMANCE.md). So a request that committed a
 * transaction waits, whatever its method and status, for a {@code CHECKPOINT} that began after its
 * commit: one checkpoint covers every transaction committed before it (group commit), and under load
 * one file write serves many answers.
 */
@ApplicationScoped
public class DurableAnswers {

    private static final Logger LOG = Logger.getLogger(DurableAnswers.class);

    private final javax.sql.DataSource direct;
    private final TransactionSynchronizationRegistry transactions;
    private final CommitTicket ticket;
    private final boolean embedded;
    /**
     * Held by the one thread writing the store; the others wait for it and usually find their commit
     * in it. Fair, so that no answer waits behind commits that came after it.
     */
    private final ReentrantLock storeWriter = new ReentrantLock(true);
    /** Tickets handed to commits, in order, after they happened. */
    private final AtomicLong committed = new AtomicLong();
    /** The last ticket known to be in the file (written under {@link #storeWriter}). */
    private volatile long stored;
    private final AtomicLong checkpoints = new AtomicLong();

    public DurableAnswers(@DataSource("direct") javax.sql.DataSource direct,
            TransactionSynchronizationRegistry transactions, CommitTicket ticket,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.direct = direct;
        this.transactions = transactions;
        this.ticket = ticket;
        this.embedded = "h2".equals(dbKind);
    }

    /** Remembers, for the answer of the current request, each transaction it commits. */
    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (embedded && Arc.container().requestContext().isActive()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && Arc.container().requestContext().isActive()) {
                        ticket.set(committed.incrementAndGet());
                    }
                }
            });
        }
    }

    /** Runs after the endpoint, whose transactions have ended by then, and before the answer is sent. */
    @ServerResponseFilter
    public void beforeAnswering() {
        if (embedded && ticket.get() > 0) {
            awaitStored(ticket.get());
        }
    }

    /** How many checkpoints this instance has written (for tests and diagnosis). */
    long checkpoints() {
        return checkpoints.get();
    }

    private void awaitStored(long ticket) {
        storeWriter.lock();
        try {
            if (stored >= ticket) {
                return; // a checkpoint that began after our commit has written it
            }
            long upTo = committed.get(); // every ticket up to here committed before this checkpoint begins
            if (checkpoint()) {
                stored = upTo;
            }
        } finally {
            storeWriter.unlock();
        }
    }

    private boolean checkpoint() {
        try (Connection connection = direct.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
            checkpoints.incrementAndGet();
            return true;
        } catch (SQLException e) {
            // The commit stands and the background writer stores it within half a second; failing the
            // answer would only make the client retry a write that succeeded. The next waiter tries again.
            LOG.warnf(e, "Could not write the store before answering; it is written in the background");
            return false;
        }
    }

    /** The ticket of the last transaction the current request committed; 0 if none. */
    @RequestScoped
    static class CommitTicket {
        private long value;

        void set(long value) {
            this.value = value;
        }

        long get() {
            return value;
        }
    }
}
