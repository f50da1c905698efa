package id.go.bimakota.pilar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The H2 defect behind issue 17, in plain JDBC: in H2 2.4 a {@code CHECK (x IN (...))} constraint keeps
 * the session that defined it, and once that session is closed (a pool's idle sweep closing Flyway's
 * connection) every insert into the table fails with "Check constraint invalid ... The database has
 * been closed", while the database stays open. Reported upstream as H2 issue #4302 and fixed there;
 * the release with the fix (2.5.252) lost answered commits in our crash test, so the build keeps 2.4
 * and the schema writes such constraints as a CASE (V9), which holds no session.
 */
class H2Defect4302Test {

    @Test
    void anInListCheckDiesWithTheSessionThatDefinedIt() throws SQLException {
        // If this starts to fail, the H2 on the classpath has the fix: V9's CASE form is then a choice, not a need.
        SQLException refused = assertThrows(SQLException.class, () -> insertAfterDefinerClosed("state IN ('IN_PROGRESS', 'COMPLETED')"));
        assertEquals(23514, refused.getErrorCode(), "Check constraint invalid");
    }

    @Test
    void theCaseFormOfTheSchemaOutlivesIt() throws SQLException {
        assertEquals(1, insertAfterDefinerClosed(
                "CASE state WHEN 'IN_PROGRESS' THEN TRUE WHEN 'COMPLETED' THEN TRUE ELSE state IS NULL END"));
    }

    private static int insertAfterDefinerClosed(String check) throws SQLException {
        String url = "jdbc:h2:mem:h2-defect-4302-" + System.nanoTime();
        try (Connection open = DriverManager.getConnection(url)) { // keeps the in-memory database open
            try (Connection definer = DriverManager.getConnection(url); Statement ddl = definer.createStatement()) {
                ddl.execute("CREATE TABLE record (state VARCHAR(20) CHECK (" + check + "))");
            }
            try (Statement insert = open.createStatement()) {
                return insert.executeUpdate("INSERT INTO record VALUES ('IN_PROGRESS')");
            }
        }
    }
}
