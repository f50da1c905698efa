package id.go.bimakota.pilar.common.storage;

import id.go.bimakota.pilar.common.time.Times;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Human numbers for phone calls and letters: {@code PPKS-2026-000123}, {@code KL-2026-000045}, and the
 * live feed's event sequence, all from rows of {@code number_sequence}.
 *
 * <p>A human number is sequential per year (in WITA), unique and never reused, across several
 * instances. It is taken in a short transaction of its own on the {@code direct} pool (outside JTA)
 * and committed at once, so the counter row is locked for one statement rather than the whole creation: held
 * to the end of the creating transaction, it made every creation wait for the one before it to
 * commit (docs/PERFORMANCE.md). The price: a creation that fails after taking its number leaves that
 * number unused.
 */
@ApplicationScoped
public class HumanNumbers {

    private static final String INCREMENT = "UPDATE number_sequence SET counter = counter + 1 WHERE seq_name = ? AND seq_year = ?";
    private static final String READ = "SELECT counter FROM number_sequence WHERE seq_name = ? AND seq_year = ?";
    private static final String START = "INSERT INTO number_sequence (seq_name, seq_year, counter) VALUES (?, ?, 0) ON CONFLICT DO NOTHING";

    private final EntityManager em;
    private final javax.sql.DataSource direct;

    public HumanNumbers(EntityManager em, @DataSource("direct") javax.sql.DataSource direct) {
        this.em = em;
        this.direct = direct;
    }

    /** The next number of {@code prefix} for the year of {@code at}, already committed. */
    public String next(String prefix, Instant at) {
        int year = ZonedDateTime.ofInstant(at, Times.WITA).getYear();
        return "%s-%d-%06d".formatted(prefix, year, take(prefix, year));
    }

    /**
     * The next value of a counter that must follow commit order without gaps (the live feed's event
     * sequence): taken in the caller's transaction, whose commit releases the row. Take it last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextValue(String counter) {
        if (incrementInTransaction(counter) == 0) {
            start(counter, 0);
            incrementInTransaction(counter);
        }
        return ((Number) em.createNativeQuery(READ)
                .setParameter(1, counter).setParameter(2, 0).getSingleResult()).longValue();
    }

    /** One instance asks for one number at a time: waiting here is cheaper than waiting in the database. */
    private synchronized long take(String prefix, int year) {
        return onDirectPool(connection -> {
            if (execute(connection, INCREMENT, prefix, year) == 0) {
                execute(connection, START, prefix, year);
                execute(connection, INCREMENT, prefix, year);
            }
            return read(connection, prefix, year);
        });
    }

    /** Creates a counter in a transaction of its own, so concurrent first uses all find the row. */
    private void start(String name, int year) {
        onDirectPool(connection -> execute(connection, START, name, year));
    }

    private int incrementInTransaction(String counter) {
        return em.createNativeQuery(INCREMENT)
                .setParameter(1, counter).setParameter(2, 0).executeUpdate();
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T onDirectPool(Work<T> work) {
        try (Connection connection = direct.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a number", e);
        }
    }

    private static int execute(Connection connection, String sql, String name, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            statement.setInt(2, year);
            return statement.executeUpdate();
        }
    }

    private static long read(Connection connection, String name, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setString(1, name);
            statement.setInt(2, year);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
