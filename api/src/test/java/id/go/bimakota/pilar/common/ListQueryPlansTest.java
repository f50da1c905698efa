package id.go.bimakota.pilar.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The main list queries stay index range scans as the tables grow (issue 9: flat from 20 thousand to
 * 1 million rows). On PostgreSQL only: its planner picks by statistics, so the test first fills the
 * tables with 50,000 notices and 50,000 cases spread over all kelurahan, two years and every status,
 * runs ANALYZE, and then asks EXPLAIN for the plans of the queries the service sends (the SQL below is
 * what Hibernate generates for NoticeQueries, NoticeViews, Agenda and CaseQueries). Everything happens
 * in one transaction that is rolled back, so the rows and statistics never reach the other tests.
 */
@QuarkusTest
class ListQueryPlansTest {

    static final String KOLO = "52.72.03.1004";
    static final OffsetDateTime FROM = OffsetDateTime.parse("2025-12-01T00:00:00Z");
    static final OffsetDateTime TO = FROM.plusDays(30);
    static final String NOTICE_COLUMNS = "SELECT n.id, n.number, n.kelurahan_code, n.planned_start, n.planned_end, "
            + "n.status, n.lead_pillar_id FROM notice n ";

    @Inject
    DataSource dataSource;

    @Test
    void mainListQueriesUseAnIndexAtScale() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(db.getMetaData().getDatabaseProductName()), "planner check on PostgreSQL only");
            db.setAutoCommit(false);
            try {
                fill(db);
                assertIndexed(db, "notices of a kelurahan in a 30-day window (pillar, admin)",
                        NOTICE_COLUMNS + "WHERE 1=1 AND n.kelurahan_code = ? AND n.planned_end > ? AND n.planned_start > ? "
                                + "AND n.planned_start < ? ORDER BY n.planned_start, n.id OFFSET 0 ROWS FETCH FIRST 51 ROWS ONLY",
                        KOLO, FROM, FROM.minusHours(12), TO);
                for (int rank = 0; rank <= 1; rank++) {
                    assertIndexed(db, "kelurahan inbox in a 30-day window, rank " + rank,
                            NOTICE_COLUMNS + "WHERE 1=1 AND n.kelurahan_code = ? AND n.planned_end > ? "
                                    + "AND n.planned_start > ? AND n.planned_start < ? AND n.inbox_rank = ? "
                                    + "ORDER BY n.planned_start, n.id OFFSET 0 ROWS FETCH FIRST 51 ROWS ONLY",
                            KOLO, FROM, FROM.minusHours(12), TO, rank);
                    assertIndexed(db, "kelurahan inbox, no window, rank " + rank,
                            NOTICE_COLUMNS + "WHERE 1=1 AND n.kelurahan_code = ? AND n.inbox_rank = ? "
                                    + "ORDER BY n.planned_start, n.id OFFSET 0 ROWS FETCH FIRST 51 ROWS ONLY", KOLO, rank);
                }
                assertIndexed(db, "overlapping visits of a page",
                        NOTICE_COLUMNS + "WHERE n.kelurahan_code IN (?) AND n.status <> ? AND n.planned_start < ? "
                                + "AND n.planned_start > ? AND n.planned_end > ? ORDER BY n.planned_start, n.id",
                        KOLO, "CANCELLED", TO, FROM.minusHours(12), FROM);
                assertIndexed(db, "agenda of one day",
                        NOTICE_COLUMNS + "WHERE n.planned_start >= ? AND n.planned_start < ? ORDER BY n.planned_start, n.id",
                        FROM, FROM.plusDays(1));
                assertIndexed(db, "cases of a kelurahan in one status",
                        "SELECT c.id, c.number, c.status, c.created_at FROM ppks_case c WHERE 1=1 AND c.status = ? "
                                + "AND c.kelurahan_code = ? ORDER BY c.created_at DESC, c.id DESC "
                                + "OFFSET 0 ROWS FETCH FIRST 51 ROWS ONLY", "IN_SERVICE", KOLO);
                assertIndexed(db, "reports waiting for the Dinas's duplicate review (ADMIN)",
                        "SELECT c.id, c.number, c.status, c.created_at FROM ppks_case c WHERE 1=1 AND c.duplicate_review = ? "
                                + "ORDER BY c.created_at DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 51 ROWS ONLY", "PENDING");
                assertIndexed(db, "the duplicate check of a new report",
                        "SELECT c.id FROM ppks_case c WHERE c.status IN (?, ?, ?, ?) AND (c.subject_nik = ? "
                                + "OR (c.subject_name_search = ? AND c.subject_birth_date = ? AND c.subject_nik IS NULL))",
                        "REPORTED", "VERIFIED", "IN_SERVICE", "REFERRED", "5272034507450001", "uji 7",
                        java.sql.Date.valueOf("1950-03-01"));
            } finally {
                db.rollback();
            }
        }
    }

    /** 50,000 notices and cases: all kelurahan, two years, every status; then fresh statistics. */
    private static void fill(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO notice (id, number, kelurahan_code, kecamatan_code, planned_start, planned_end, purpose, "
                    + "lead_pillar_id, status, inbox_rank, short_notice, completed_without_ack, has_overlap, join_count, "
                    + "created_by, created_at, updated_at, version) "
                    + "SELECT gen_random_uuid(), 'KL-PLAN-' || i, k.codes[1 + i % 41], left(k.codes[1 + i % 41], 8), t.at, "
                    + "t.at + interval '2 hours', 'HOME_VISIT', gen_random_uuid(), "
                    + "(ARRAY['COMPLETED','ACKNOWLEDGED','CANCELLED','SUBMITTED','RESCHEDULE_REQUESTED'])[1 + i % 5], "
                    + "CASE WHEN i % 5 = 3 THEN 0 ELSE 1 END, FALSE, FALSE, FALSE, 0, gen_random_uuid(), t.at, t.at, 0 "
                    + "FROM generate_series(1, 50000) i, (SELECT array_agg(code ORDER BY code) codes FROM kelurahan) k, "
                    + "LATERAL (SELECT TIMESTAMPTZ '2025-01-01 00:00Z' + i * interval '21 minutes') t(at)");
            s.execute("INSERT INTO ppks_case (id, number, category, subject_full_name, subject_name_search, kelurahan_code, "
                    + "kecamatan_code, urgency, source_kind, consent_recorded, status, created_by, created_at, updated_at, "
                    + "version) "
                    + "SELECT gen_random_uuid(), 'PPKS-PLAN-' || i, c.codes[1 + i % cardinality(c.codes)], 'Uji ' || i, "
                    + "'uji ' || i, k.codes[1 + i % 41], left(k.codes[1 + i % 41], 8), 'NORMAL', 'PUBLIC', TRUE, "
                    + "(ARRAY['REPORTED','VERIFIED','IN_SERVICE','REFERRED','CLOSED','REJECTED'])[1 + i % 6], "
                    + "gen_random_uuid(), t.at, t.at, 0 "
                    + "FROM generate_series(1, 50000) i, (SELECT array_agg(code ORDER BY code) codes FROM kelurahan) k, "
                    + "(SELECT array_agg(code ORDER BY ordinal) codes FROM ppks_category) c, "
                    + "LATERAL (SELECT TIMESTAMPTZ '2025-01-01 00:00Z' + i * interval '21 minutes') t(at)");
            s.execute("ANALYZE notice");
            s.execute("ANALYZE ppks_case");
        }
    }

    private static void assertIndexed(Connection db, String what, String sql, Object... params) throws SQLException {
        List<String> plan = explain(db, sql, params);
        String text = String.join("\n", plan);
        assertFalse(text.contains("Seq Scan"), () -> what + " reads the whole table:\n" + text);
        assertTrue(text.contains("Index Scan") || text.contains("Index Only Scan") || text.contains("Bitmap Index Scan"),
                () -> what + " uses no index:\n" + text);
    }

    private static List<String> explain(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < params.length; i++) {
                explain.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = explain.executeQuery()) {
                List<String> lines = new ArrayList<>();
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
                return lines;
            }
        }
    }
}
