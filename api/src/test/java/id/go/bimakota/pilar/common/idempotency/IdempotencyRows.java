package id.go.bimakota.pilar.common.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Direct reads and writes of idempotency_record, for states HTTP alone cannot produce (crashes, age). */
final class IdempotencyRows {

    private final DataSource dataSource;

    IdempotencyRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The row as column name to value, or null. */
    Map<String, Object> find(String scope, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT * FROM idempotency_record WHERE scope = ? AND idem_key = ?")) {
            s.setString(1, scope);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void insert(String scope, String key, String fingerprint, String state, Instant createdAt, Instant leaseUntil) {
        update("""
                INSERT INTO idempotency_record (scope, idem_key, fingerprint, state, attempt_id, created_at,
                    lease_until, status)
                VALUES (?, ?, ?, ?, 'attempt-of-a-dead-instance', ?, ?, ?)""",
                scope, key, fingerprint, state, utc(createdAt), utc(leaseUntil),
                "COMPLETED".equals(state) ? 201 : null);
    }

    void setLeaseUntil(String scope, String key, Instant leaseUntil) {
        update("UPDATE idempotency_record SET lease_until = ? WHERE scope = ? AND idem_key = ?",
                utc(leaseUntil), scope, key);
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    s.setNull(i + 1, java.sql.Types.INTEGER);
                } else {
                    s.setObject(i + 1, parameters[i]);
                }
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
