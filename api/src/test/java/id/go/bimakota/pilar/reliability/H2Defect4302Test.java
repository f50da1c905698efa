package id.go.bimakota.pilar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The H2 defect behind issue 17, in plain JDBC: in H2 2.4.240 a {@code CHECK (x IN (...))} constraint
 * keeps the session that defined it, and once that session is closed (a pool's idle sweep closing
 * Flyway's connection) every insert into the table fails with "Check constraint invalid ... The
 * database has been closed", while the database stays open. Reported upstream as H2 issue #4302 and
 * fixed there (ConditionInConstantSet no longer holds the session), released in 2.5; this test fails
 * on 2.4.240 and guards the H2 version the build pins.
 */
class H2Defect4302Test {

    @Test
    void aCheckConstraintOutlivesTheSessionThatDefinedIt() throws SQLException {
        String url = "jdbc:h2:mem:h2-defect-4302";
        try (Connection open = DriverManager.getConnection(url)) { // keeps the in-memory database open
            try (Connection definer = DriverManager.getConnection(url); Statement ddl = definer.createStatement()) {
                ddl.execute("CREATE TABLE record (state VARCHAR(20) CHECK (state IN ('IN_PROGRESS', 'COMPLETED')))");
            }
            try (Statement insert = open.createStatement()) {
                assertEquals(1, insert.executeUpdate("INSERT INTO record VALUES ('IN_PROGRESS')"));
            }
        }
    }
}
