package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * A trigram index behind {@code GET /pillars?q=} (a substring of the name) on PostgreSQL. A B-tree
 * cannot answer {@code LIKE '%hasanah%'}: without this index a rare name means reading every pillar.
 *
 * <p>Optional by design: H2 (the embedded database, a few thousand pillars at most) has no trigram
 * index, and on PostgreSQL the {@code pg_trgm} extension may be missing or the service's role may not
 * be allowed to create it. Then the list still works (the name-order scan), and a warning says how to
 * add the index by hand.
 */
public class V5_1__Pillar_name_trigram_index extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V5_1__Pillar_name_trigram_index.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        String schema = trigramSchema(connection);
        if (schema == null) {
            LOG.warn("pg_trgm is not available: GET /api/v1/pillars?q= will scan in name order. As a superuser run "
                    + "CREATE EXTENSION pg_trgm; CREATE INDEX pillar_name_trgm_idx ON pillar USING gin (name_key gin_trgm_ops);");
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX pillar_name_trgm_idx ON pillar USING gin (name_key \"" + schema
                    + "\".gin_trgm_ops)");
        }
    }

    /** The schema of pg_trgm, installing it when allowed; null when it cannot be had. */
    private static String trigramSchema(Connection connection) throws SQLException {
        String schema = installedIn(connection);
        if (schema != null) {
            return schema;
        }
        // A failed statement aborts a PostgreSQL transaction: try under a savepoint.
        Savepoint beforeInstall = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            connection.releaseSavepoint(beforeInstall);
            return installedIn(connection);
        } catch (SQLException notAllowedOrMissing) {
            connection.rollback(beforeInstall);
            LOG.warnf("Could not create the pg_trgm extension: %s", notAllowedOrMissing.getMessage());
            return null;
        }
    }

    private static String installedIn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT n.nspname FROM pg_extension e "
                        + "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
