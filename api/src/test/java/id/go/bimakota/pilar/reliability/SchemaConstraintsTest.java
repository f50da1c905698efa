package id.go.bimakota.pilar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * No CHECK constraint of the schema uses an IN list, which H2 2.4 binds to the session that created it
 * (issue 17, H2Defect4302Test): on H2 and on PostgreSQL, as Flyway left them.
 */
@QuarkusTest
class SchemaConstraintsTest {

    /** "x IN (" and "= ANY (ARRAY[" (how PostgreSQL shows an IN list). */
    private static final Pattern IN_LIST = Pattern.compile("\\bIN\\s*\\(|=\\s*ANY\\s*\\(", Pattern.CASE_INSENSITIVE);

    @Inject
    DataSource dataSource;

    @Test
    void noCheckConstraintUsesAnInList() throws SQLException {
        List<String> checks = new ArrayList<>();
        List<String> withInLists = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT constraint_name, check_clause FROM information_schema.check_constraints")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                String clause = rs.getString(2);
                if (name.endsWith("_ck")) {
                    checks.add(name);
                    if (IN_LIST.matcher(clause).find()) {
                        withInLists.add(name + ": " + clause);
                    }
                }
            }
        }
        assertTrue(checks.contains("idempotency_record_state_ck"), "the schema's checks were read: " + checks);
        assertEquals(List.of(), withInLists);
    }
}
