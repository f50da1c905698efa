package id.go.bimakota.pilar.common.idempotency;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The {@code idempotency_record} table, in plain JDBC: it sits on the write path of every keyed POST,
 * so each step is one statement. A row is an IN_PROGRESS marker while the first request with the key
 * runs (owned by one attempt, with a lease that lets another instance take over after a crash), then
 * the COMPLETED record of its response.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    /** Races (a release or takeover between our insert and read) settle within a few rounds. */
    private static final int CLAIM_ROUNDS = 3;

    private static final String INSERT = """
            INSERT INTO idempotency_record (scope, idem_key, fingerprint, state, attempt_id, created_at, lease_until)
            VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String FIND = """
            SELECT fingerprint, state, attempt_id, lease_until, status, content_type, location, etag, response_body,
                audited_reads
            FROM idempotency_record WHERE scope = ? AND idem_key = ?""";
    private static final String TAKE_OVER = """
            UPDATE idempotency_record SET attempt_id = ?, lease_until = ?
            WHERE scope = ? AND idem_key = ? AND state = 'IN_PROGRESS' AND attempt_id = ? AND lease_until < ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_record
            SET state = 'COMPLETED', status = ?, content_type = ?, location = ?, etag = ?, response_body = ?,
                audited_reads = ?, completed_at = ?
            WHERE scope = ? AND idem_key = ? AND attempt_id = ? AND state = 'IN_PROGRESS'""";
    private static final String RELEASE = """
            DELETE FROM idempotency_record
            WHERE scope = ? AND idem_key = ? AND attempt_id = ? AND state = 'IN_PROGRESS'""";
    private static final String PURGE = """
            DELETE FROM idempotency_record WHERE (scope, idem_key) IN (
                SELECT scope, idem_key FROM idempotency_record
                WHERE created_at < ? AND lease_until < ? ORDER BY created_at LIMIT ?)""";

    private final DataSource dataSource;
    private final TransactionManager transactions;
    private final Duration lease;
    private final Clock clock;

    public IdempotencyStore(DataSource dataSource, TransactionManager transactions, PilarConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.lease = config.idempotency().lease();
        this.clock = clock;
    }

    /** Ours to run (an attempt id) or a response to replay; 409 or 422 when neither. */
    record Claim(String attemptId, StoredResponse replay) {
    }

    /**
     * Claims the key for one attempt. Runs outside any transaction, each statement committing on its
     * own, so the marker is visible to concurrent requests at once and costs one round trip.
     */
    Claim claim(IdempotentRequest request) {
        return outsideTransaction(connection -> claim(connection, request));
    }

    private Claim claim(Connection connection, IdempotentRequest request) throws SQLException {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            String attemptId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            if (insert(connection, request, attemptId, now) == 1) {
                return new Claim(attemptId, null);
            }
            Row row = find(connection, request);
            if (row == null) {
                continue; // the other attempt failed and released the key meanwhile
            }
            if (!row.fingerprint().equals(request.fingerprint())) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        Message.of("idempotency.keyReused.detail"));
            }
            if (row.response() != null) {
                return new Claim(null, row.response());
            }
            if (row.leaseUntil().isAfter(now)) {
                throw inProgress(Duration.between(now, row.leaseUntil()));
            }
            // The attempt holding the key died (its lease ran out): take over, unless another retry just did.
            if (takeOver(connection, request, row.attemptId(), attemptId, now) == 1) {
                LOG.infof("Took over the expired Idempotency-Key of %s (request %s)", request.scope(),
                        RequestIds.current());
                return new Claim(attemptId, null);
            }
        }
        throw inProgress(lease);
    }

    /**
     * Records the response of the attempt. Call it inside the transaction of the business write, so
     * that both commit or neither does. Fails with 409 if the attempt lost its key to a takeover,
     * which rolls back the business write: only the attempt that owns the key may commit.
     */
    void complete(IdempotentRequest request, String attemptId, StoredResponse response) {
        int updated = execute(COMPLETE, response.status(), response.contentType(), response.location(),
                response.etag(), response.body(), response.auditedReads(), utc(clock.instant()), request.scope(), request.key(), attemptId);
        if (updated != 1) {
            // A retry now replays the answer of the attempt that took over.
            throw new ProblemException(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    Message.of("idempotency.leaseLost.detail", lease.toSeconds())).withHeader("Retry-After", "1");
        }
    }

    /**
     * Gives the key up after a failed attempt, so that a corrected retry can run. In a statement of its
     * own: the business transaction has been rolled back. A failure here only delays the retry until
     * the lease ends, so it is logged, not thrown over the original error.
     */
    void release(IdempotentRequest request, String attemptId) {
        try {
            outsideTransaction(connection -> update(connection, RELEASE, request.scope(), request.key(), attemptId));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not release an Idempotency-Key of %s; it frees itself when its lease ends",
                    request.scope());
        }
    }

    /** Deletes up to {@code batch} records created before {@code cutoff}; returns how many. */
    int purge(Instant cutoff, int batch) {
        return outsideTransaction(connection -> update(connection, PURGE, utc(cutoff), utc(clock.instant()), batch));
    }

    private int insert(Connection connection, IdempotentRequest request, String attemptId, Instant now)
            throws SQLException {
        return update(connection, INSERT, request.scope(), request.key(), request.fingerprint(), attemptId,
                utc(now), utc(now.plus(lease)));
    }

    private int takeOver(Connection connection, IdempotentRequest request, String from, String to, Instant now)
            throws SQLException {
        return update(connection, TAKE_OVER, to, utc(now.plus(lease)), request.scope(), request.key(), from,
                utc(now));
    }

    /** The stored row; {@code response} is set only when it is COMPLETED. */
    private record Row(String fingerprint, String attemptId, Instant leaseUntil, StoredResponse response) {
    }

    private static Row find(Connection connection, IdempotentRequest request) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, request.scope());
            statement.setString(2, request.key());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                StoredResponse response = "COMPLETED".equals(rs.getString("state"))
                        ? new StoredResponse(rs.getInt("status"), rs.getString("content_type"),
                                rs.getString("location"), rs.getString("etag"), rs.getString("response_body"),
                                rs.getString("audited_reads"))
                        : null;
                return new Row(rs.getString("fingerprint"), rs.getString("attempt_id"),
                        rs.getObject("lease_until", OffsetDateTime.class).toInstant(), response);
            }
        }
    }

    private static ProblemException inProgress(Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds() + (remaining.toMillisPart() > 0 ? 1 : 0));
        return new ProblemException(ProblemType.IDEMPOTENCY_IN_PROGRESS, Message.of("idempotency.inProgress.detail"))
                .withHeader("Retry-After", Long.toString(seconds));
    }

    /** One statement on the connection of the current transaction. */
    private int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store failed", e);
        }
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs on an auto-commit connection with any transaction of the caller suspended, so that each
     * statement commits by itself at once. (Not QuarkusTransaction.suspendingExisting(): it wraps every
     * exception, and the 409/422 problems must reach the mapper as they are.)
     */
    private <T> T outsideTransaction(SqlWork<T> work) {
        Transaction suspended = suspend();
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store failed", e);
        } finally {
            resume(suspended);
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private void resume(Transaction suspended) {
        if (suspended != null) {
            try {
                transactions.resume(suspended);
            } catch (InvalidTransactionException | SystemException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR); // only text columns are ever null
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
