package id.go.bimakota.pilar.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bimakota.pilar.support.Cases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup of the embedded database while it is being written, restored with bin/restore into a fresh
 * data directory: the service started there holds the same cases and notices, and the old tokens.
 */
class BackupIT {

    private static final String KELURAHAN = "52.72.03.1004";
    private static final Map<String, String> ENV = Map.of("PILAR_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);

    @TempDir
    Path dir;

    @Test
    void aBackupTakenUnderLoadRestoresIntoAFreshDataDirectory() throws Exception {
        Path original = dir.resolve("data");
        Path restored = dir.resolve("restored");
        Api admin;
        Map<String, String> casesBefore;
        Map<String, String> noticesBefore;
        Map<String, String> noticesEverFiled;
        Path backup;
        try (ServiceProcess service = ServiceProcess.start(original, ENV)) {
            admin = Api.admin(service);
            String lead = admin.newPillar(KELURAHAN);
            for (String category : List.of("FAKIR_MISKIN", "PEMULUNG", "FAKIR_MISKIN")) {
                admin.ok(admin.post("/api/v1/cases", Cases.newCase(KELURAHAN, category, null), Map.of()));
            }
            casesBefore = byId(admin.all("/api/v1/cases"), "status");
            try (Filing load = new Filing(admin, lead)) {
                load.awaitFiled(20);
                noticesBefore = byId(admin.all("/api/v1/notices"), "number");
                JsonNode answer = admin.ok(admin.post("/api/v1/admin/backups", Map.of("includeSigningKeys", true),
                        Map.of()));
                backup = original.resolve("backups").resolve(answer.get("fileName").asText());
                assertEquals(Files.size(backup), answer.get("sizeBytes").asLong());
                assertEquals(sha256(backup), answer.get("sha256").asText());
                assertTrue(answer.get("includesSigningKeys").asBoolean());
                load.awaitFiled(load.filed() + 5); // still serving while and after it copies
            }
            noticesEverFiled = byId(admin.all("/api/v1/notices"), "number");
            assertEquals(backup.getFileName().toString(),
                    admin.ok(admin.get("/api/v1/admin/backups")).get(0).get("fileName").asText());
        }

        Process restore = restore(backup, restored);
        assertEquals(0, restore.exitValue(), () -> output(restore));
        Process refused = restore(backup, restored);
        assertNotEquals(0, refused.exitValue(), "a restore never overwrites a data directory");
        assertTrue(output(refused).contains("Refusing"));

        try (ServiceProcess service = ServiceProcess.start(restored, ENV)) {
            Api sameToken = admin.on(service);
            assertEquals(casesBefore, byId(sameToken.all("/api/v1/cases"), "status"), "the same cases");
            Map<String, String> noticesRestored = byId(sameToken.all("/api/v1/notices"), "number");
            assertTrue(noticesRestored.entrySet().containsAll(noticesBefore.entrySet()),
                    "every notice filed before the backup is restored");
            assertTrue(noticesEverFiled.entrySet().containsAll(noticesRestored.entrySet()),
                    "nothing restored that was never filed");
            assertTrue(service.log().contains("Schema \"public\" is up to date"), service.log());
            System.out.printf("BACKUP: %d cases and %d notices before the backup, %d notices restored, %d filed"
                    + " in all%n", casesBefore.size(), noticesBefore.size(), noticesRestored.size(),
                    noticesEverFiled.size());
        }
    }

    /**
     * The restore lists the zip before unpacking it. Piped straight into {@code grep -q}, the listing
     * failed under {@code pipefail} whenever grep stopped reading first: with many entries after the
     * database file, 40 restores in 50 (and once in a CI run with the two key files).
     */
    @Test
    void aBackupWithManyEntriesAfterTheDatabaseRestoresEveryTime() throws Exception {
        Path backup = dir.resolve("many-entries.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("pilar-bima.mv.db"));
            zip.write(new byte[100_000]);
            for (int i = 0; i < 500; i++) {
                zip.putNextEntry(new ZipEntry("keys/extra-" + i + ".pem"));
                zip.write(("key " + i).getBytes(StandardCharsets.US_ASCII));
            }
        }
        for (int i = 0; i < 20; i++) {
            Process restore = restore(backup, dir.resolve("restored-" + i));
            assertEquals(0, restore.exitValue(), () -> output(restore));
        }
    }

    private static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process restore(Path backup, Path target) throws IOException, InterruptedException {
        Process restore = new ProcessBuilder("../bin/restore", backup.toString(), target.toString())
                .redirectErrorStream(true).start();
        assertTrue(restore.waitFor(60, TimeUnit.SECONDS));
        return restore;
    }

    private static Map<String, String> byId(List<JsonNode> items, String field) {
        return items.stream().collect(Collectors.toMap(i -> i.get("id").asText(), i -> i.get(field).asText()));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Files notices one after another until closed, so the backup runs while the database is written. */
    private static final class Filing implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final AtomicInteger filed = new AtomicInteger();
        private final Set<String> failures = ConcurrentHashMap.newKeySet();
        private volatile boolean running = true;

        Filing(Api admin, String lead) {
            Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            thread.submit(() -> {
                while (running) {
                    Instant start = first.plus(2L * filed.get(), ChronoUnit.HOURS);
                    var answer = admin.post("/api/v1/notices", Map.of("kelurahanCode", KELURAHAN,
                            "leadPillarId", lead, "plannedStart", start.toString(),
                            "plannedEnd", start.plus(1, ChronoUnit.HOURS).toString(), "purpose", "HOME_VISIT"),
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    if (answer.statusCode() == 201) {
                        filed.incrementAndGet();
                    } else {
                        failures.add(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            });
        }

        int filed() {
            return filed.get();
        }

        void awaitFiled(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (filed.get() < count && failures.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(failures.isEmpty(), failures.toString());
            assertTrue(filed.get() >= count, "filed " + filed.get());
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.shutdown();
            assertTrue(thread.awaitTermination(30, TimeUnit.SECONDS));
        }
    }
}
