import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Bulk seeder for the benchmark: pillars, users, PPKS cases and coordination notices written with
 * JDBC batches straight into a database that Flyway has already migrated (the service ran once and
 * stopped). Not part of the service: production has no bulk-write path.
 *
 * <p>Run with the source launcher: {@code java -cp <jdbc driver jar> bench/Seed.java <jdbc url> <user>
 * <password> <rows>}. It writes {@code rows} notices and {@code rows} cases over two years (about 21
 * months past, 3 months ahead for notices), all 41 kelurahan, every status; 7 pillars per kelurahan
 * with a PILLAR user each ({@code bench.pillar.<n>}) plus a KELURAHAN officer per kelurahan
 * ({@code bench.kel.<code>}), all with the administrator's password
 * (the seeder copies its bcrypt hash), and leaves the number counters where the next creation continues.
 */
public class Seed {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final int BATCH = 2_000;
    static final int PILLARS_PER_KELURAHAN = 7;
    static final String[] FIRST = {"Ahmad", "Nurhayati", "Muhammad", "Siti", "Abdul", "Fatimah", "Arifin",
            "Nurhasanah", "Ikhsan", "Rahmawati", "Syamsuddin", "Hadijah", "Yusuf", "Aminah", "Ismail", "Jubaidah"};
    static final String[] LAST = {"Saleh", "Yani", "Rahman", "Hamid", "Idris", "Mansyur", "Usman", "Bakar",
            "Ramli", "Hasan", "Amin", "Sulaiman", "Kadir", "Talib"};
    static final String[] PURPOSES = {"VERIFICATION", "ASSESSMENT", "HOME_VISIT", "AID_DISTRIBUTION",
            "DISASTER_RESPONSE", "SOCIALIZATION", "MEETING", "OTHER"};
    static final String[] URGENCY = {"NORMAL", "NORMAL", "NORMAL", "URGENT", "EMERGENCY"};
    static final String[] SOURCES = {"PILLAR", "KELURAHAN", "PUBLIC", "OTHER"};

    final Connection db;
    final Random random = new Random(20261128L);
    final Instant now = Instant.now();
    final List<String[]> kelurahan = new ArrayList<>(); // code, kecamatan code
    final List<String> categories = new ArrayList<>();
    final Map<String, List<UUID>> pillarsByKelurahan = new HashMap<>();
    final Map<UUID, UUID> userOfPillar = new HashMap<>();
    final Map<String, List<UUID>> casesByKelurahan = new HashMap<>();
    final Map<String, Integer> counters = new HashMap<>(); // "KL:2026" -> last number
    long sequence;
    String passwordHash;
    UUID adminId;

    Seed(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Seed <jdbc url> <user> <password> <rows>");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[3]);
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            Seed seed = new Seed(db);
            seed.readReference();
            seed.pillarsAndUsers();
            seed.cases(rows);
            seed.notices(rows);
            seed.counters();
            seed.analyze();
        }
        System.out.printf(Locale.ROOT, "seeded %,d cases and %,d notices in %.1f s%n", rows, rows,
                (System.nanoTime() - t0) / 1e9);
    }

    void readReference() throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM notice")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds notices: seed a fresh one");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT code, kecamatan_code FROM kelurahan ORDER BY code")) {
                while (r.next()) {
                    kelurahan.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            try (ResultSet r = s.executeQuery("SELECT code FROM ppks_category ORDER BY ordinal")) {
                while (r.next()) {
                    categories.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, password_hash FROM app_user WHERE username_key = 'admin'")) {
                if (!r.next()) {
                    throw new IllegalStateException("no admin user: start the service once before seeding");
                }
                adminId = r.getObject(1, UUID.class);
                passwordHash = r.getString(2);
            }
        }
    }

    void pillarsAndUsers() throws SQLException {
        try (PreparedStatement pillar = db.prepareStatement("INSERT INTO pillar (id, full_name, name_key, type, gender, "
                + "phone, status, joined_on, created_at, updated_at, version) VALUES (?, ?, ?, 'PSM', ?, ?, 'ACTIVE', "
                + "DATE '2024-01-15', ?, ?, 0)");
                PreparedStatement assignment = db.prepareStatement(
                        "INSERT INTO pillar_kelurahan (pillar_id, kelurahan_code) VALUES (?, ?)");
                PreparedStatement area = db.prepareStatement(
                        "INSERT INTO pillar_area (pillar_id, area_code, name_key) VALUES (?, ?, ?)");
                PreparedStatement user = db.prepareStatement("INSERT INTO app_user (id, username, username_key, "
                        + "display_name, role, pillar_id, kelurahan_code, password_hash, active, auth_version, created_at, "
                        + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, ?, ?, 0)")) {
            OffsetDateTime created = at(now.minus(Duration.ofDays(700)));
            int n = 0;
            for (String[] k : kelurahan) {
                for (int i = 0; i < PILLARS_PER_KELURAHAN; i++, n++) {
                    UUID id = UUID.randomUUID();
                    String name = FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length] + " " + n;
                    pillar.setObject(1, id);
                    pillar.setString(2, name);
                    pillar.setString(3, name.toLowerCase(Locale.ROOT));
                    pillar.setString(4, n % 2 == 0 ? "L" : "P");
                    pillar.setString(5, "+62812%08d".formatted(n));
                    pillar.setObject(6, created);
                    pillar.setObject(7, created);
                    pillar.addBatch();
                    assignment.setObject(1, id);
                    assignment.setString(2, k[0]);
                    assignment.addBatch();
                    for (String code : new String[] {k[0], k[1]}) {
                        area.setObject(1, id);
                        area.setString(2, code);
                        area.setString(3, name.toLowerCase(Locale.ROOT));
                        area.addBatch();
                    }
                    UUID userId = UUID.randomUUID();
                    addUser(user, userId, "bench.pillar." + n, name, "PILLAR", id, null, created);
                    pillarsByKelurahan.computeIfAbsent(k[0], x -> new ArrayList<>()).add(id);
                    userOfPillar.put(id, userId);
                }
                addUser(user, UUID.randomUUID(), "bench.kel." + k[0], "Kelurahan " + k[0], "KELURAHAN",
                        null, k[0], created);
            }
            pillar.executeBatch();
            assignment.executeBatch();
            area.executeBatch();
            user.executeBatch();
            db.commit();
            System.out.printf("%d pillars, %d users%n", n, n + kelurahan.size());
        }
    }

    private void addUser(PreparedStatement user, UUID id, String username, String displayName, String role,
            UUID pillarId, String kelurahanCode, OffsetDateTime created) throws SQLException {
        user.setObject(1, id);
        user.setString(2, username);
        user.setString(3, username);
        user.setString(4, displayName);
        user.setString(5, role);
        user.setObject(6, pillarId);
        user.setString(7, kelurahanCode);
        user.setString(8, passwordHash);
        user.setObject(9, created);
        user.setObject(10, created);
        user.addBatch();
    }

    void cases(int rows) throws SQLException {
        Instant first = now.minus(Duration.ofDays(730));
        long step = Duration.ofDays(730).toMillis() / rows;
        try (PreparedStatement c = db.prepareStatement("INSERT INTO ppks_case (id, number, category, subject_full_name, "
                + "subject_name_search, subject_nik, subject_gender, subject_estimated_age, kelurahan_code, kecamatan_code, "
                + "rw, rt, description, urgency, source_kind, consent_recorded, status, lead_pillar_id, created_by, "
                + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, "
                + "?, 0)")) {
            for (int i = 0; i < rows; i++) {
                Instant created = first.plusMillis(i * step + random.nextLong(step));
                double age = (double) i / rows; // 0 = oldest
                String[] k = kelurahan.get(random.nextInt(kelurahan.size()));
                String status = caseStatus(age);
                UUID lead = status.equals("REPORTED") ? null : pillarOf(k[0]);
                UUID id = timeOrdered(created);
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                c.setObject(1, id);
                c.setString(2, number("PPKS", created));
                c.setString(3, categories.get(random.nextInt(categories.size())));
                c.setString(4, name);
                c.setString(5, name.toLowerCase(Locale.ROOT));
                c.setString(6, random.nextInt(3) == 0 ? "5272%012d".formatted(i) : null);
                c.setString(7, random.nextBoolean() ? "L" : "P");
                c.setInt(8, 5 + random.nextInt(80));
                c.setString(9, k[0]);
                c.setString(10, k[1]);
                c.setShort(11, (short) (1 + random.nextInt(12)));
                c.setShort(12, (short) (1 + random.nextInt(20)));
                c.setString(13, "Kasus uji beban " + i);
                c.setString(14, URGENCY[random.nextInt(URGENCY.length)]);
                c.setString(15, SOURCES[random.nextInt(SOURCES.length)]);
                c.setString(16, status);
                c.setObject(17, lead);
                c.setObject(18, adminId);
                c.setObject(19, at(created));
                c.setObject(20, at(created));
                c.addBatch();
                casesByKelurahan.computeIfAbsent(k[0], x -> new ArrayList<>()).add(id);
                flushEvery(c, i, rows, "cases");
            }
        }
    }

    /** Old cases are mostly closed; the newest are mostly still reported or being verified. */
    private String caseStatus(double age) {
        int r = random.nextInt(100);
        if (age < 0.8) {
            return r < 60 ? "CLOSED" : r < 70 ? "REJECTED" : r < 80 ? "REFERRED" : r < 92 ? "IN_SERVICE" : r < 97
                    ? "VERIFIED" : "REPORTED";
        }
        return r < 30 ? "REPORTED" : r < 50 ? "VERIFIED" : r < 70 ? "IN_SERVICE" : r < 78 ? "REFERRED" : r < 92
                ? "CLOSED" : "REJECTED";
    }

    void notices(int rows) throws SQLException {
        Instant first = now.minus(Duration.ofDays(640));
        long step = Duration.ofDays(730).toMillis() / rows;
        try (PreparedStatement n = db.prepareStatement("INSERT INTO notice (id, number, kelurahan_code, kecamatan_code, rw, "
                + "rt, location, planned_start, planned_end, purpose, description, lead_pillar_id, contact_phone, status, "
                + "inbox_rank, short_notice, completed_without_ack, has_overlap, join_count, acknowledged_by, "
                + "acknowledged_at, visit_outcome, households_visited, follow_up_needed, completed_at, created_by, "
                + "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, "
                + "FALSE, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement team = db.prepareStatement("INSERT INTO notice_team (notice_id, pillar_id) VALUES (?, ?)");
                PreparedStatement linked = db.prepareStatement(
                        "INSERT INTO notice_case (notice_id, case_id) VALUES (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                // Slots of 30 minutes between 08:00 and 16:00 WITA on the day the step lands on.
                Instant day = first.plusMillis(i * step + random.nextLong(step));
                Instant start = day.atZone(WITA).toLocalDate().atTime(8, 0).atZone(WITA).toInstant()
                        .plus(Duration.ofMinutes(30L * random.nextInt(16)));
                Instant end = start.plus(Duration.ofHours(1 + random.nextInt(4)));
                Instant created = start.minus(Duration.ofHours(26 + random.nextInt(24 * 6)));
                String[] k = kelurahan.get(random.nextInt(kelurahan.size()));
                UUID lead = pillarOf(k[0]);
                String status = noticeStatus(end.isBefore(now));
                boolean acknowledged = status.equals("ACKNOWLEDGED") || status.equals("COMPLETED");
                boolean completed = status.equals("COMPLETED");
                UUID id = timeOrdered(created);
                n.setObject(1, id);
                n.setString(2, number("KL", created));
                n.setString(3, k[0]);
                n.setString(4, k[1]);
                n.setShort(5, (short) (1 + random.nextInt(12)));
                n.setShort(6, (short) (1 + random.nextInt(20)));
                n.setString(7, "Rumah Ketua RT " + (1 + random.nextInt(20)));
                n.setObject(8, at(start));
                n.setObject(9, at(end));
                n.setString(10, PURPOSES[random.nextInt(PURPOSES.length)]);
                n.setString(11, "Kunjungan uji beban " + i);
                n.setObject(12, lead);
                n.setString(13, "+62812%08d".formatted(random.nextInt(100_000)));
                n.setString(14, status);
                n.setShort(15, (short) (status.equals("SUBMITTED") ? 0 : 1));
                n.setString(16, acknowledged ? "Lurah " + k[0] : null);
                n.setObject(17, acknowledged ? at(created.plus(Duration.ofHours(3))) : null);
                n.setString(18, completed ? "Kunjungan selesai" : null);
                n.setObject(19, completed ? 1 + random.nextInt(8) : null);
                n.setObject(20, completed ? random.nextInt(4) == 0 : null);
                n.setObject(21, completed ? at(end) : null);
                n.setObject(22, userOfPillar.get(lead));
                n.setObject(23, at(created));
                n.setObject(24, at(completed ? end : created));
                n.addBatch();
                if (random.nextInt(5) == 0) {
                    UUID member = pillarOf(k[0]);
                    if (!member.equals(lead)) {
                        team.setObject(1, id);
                        team.setObject(2, member);
                        team.addBatch();
                    }
                }
                List<UUID> cases = casesByKelurahan.get(k[0]);
                if (random.nextInt(10) == 0 && cases != null) {
                    linked.setObject(1, id);
                    linked.setObject(2, cases.get(random.nextInt(cases.size())));
                    linked.addBatch();
                }
                if (flushEvery(n, i, rows, "notices")) {
                    team.executeBatch();
                    linked.executeBatch();
                    db.commit();
                }
            }
        }
    }

    /** Past visits are mostly completed; upcoming ones wait for the kelurahan or are acknowledged. */
    private String noticeStatus(boolean past) {
        int r = random.nextInt(100);
        if (past) {
            return r < 80 ? "COMPLETED" : r < 90 ? "CANCELLED" : r < 97 ? "ACKNOWLEDGED" : "SUBMITTED";
        }
        return r < 50 ? "SUBMITTED" : r < 85 ? "ACKNOWLEDGED" : r < 90 ? "RESCHEDULE_REQUESTED" : "CANCELLED";
    }

    private UUID pillarOf(String kelurahanCode) {
        List<UUID> pillars = pillarsByKelurahan.get(kelurahanCode);
        return pillars.get(random.nextInt(pillars.size()));
    }

    /** Human numbers in creation order per year (WITA), as HumanNumbers would have handed them out. */
    private String number(String prefix, Instant created) {
        int year = created.atZone(WITA).getYear();
        int next = counters.merge(prefix + ":" + year, 1, Integer::sum);
        return "%s-%d-%06d".formatted(prefix, year, next);
    }

    private boolean flushEvery(PreparedStatement batch, int i, int rows, String what) throws SQLException {
        if ((i + 1) % BATCH != 0 && i + 1 != rows) {
            return false;
        }
        batch.executeBatch();
        db.commit();
        if ((i + 1) % 100_000 == 0 || i + 1 == rows) {
            System.out.printf(Locale.ROOT, "%,d %s%n", i + 1, what);
        }
        return true;
    }

    /** Later creations continue after the seeded numbers instead of colliding with them. */
    void counters() throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM number_sequence WHERE seq_name = ? AND seq_year = ?");
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO number_sequence (seq_name, seq_year, counter) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : counters.entrySet()) {
                String[] key = e.getKey().split(":");
                delete.setString(1, key[0]);
                delete.setInt(2, Integer.parseInt(key[1]));
                delete.executeUpdate();
                insert.setString(1, key[0]);
                insert.setInt(2, Integer.parseInt(key[1]));
                insert.setInt(3, e.getValue());
                insert.executeUpdate();
            }
        }
        db.commit();
    }

    /**
     * Fresh planner statistics; H2 also rewrites its file compactly, so the measured service does not
     * spend its first minutes compacting the pages the bulk load left half-filled.
     */
    void analyze() throws SQLException {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE");
            if (db.getMetaData().getDatabaseProductName().equals("H2")) {
                s.execute("SHUTDOWN COMPACT");
            }
        }
    }

    /**
     * A version 7 (time-ordered) UUID: rows arrive in creation order, so the primary-key B-trees are
     * appended to instead of being split at random places, which is what makes a million rows fast.
     */
    private UUID timeOrdered(Instant at) {
        long msb = (at.toEpochMilli() << 16) | 0x7000L | (sequence++ & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
