package id.go.bimakota.pilar.backup;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.backup.BackupDtos.BackupView;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.storage.PrivateFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Backups of the embedded H2 database. H2's {@code BACKUP TO} copies the store while the service
 * keeps writing and is transactionally consistent (it copies the committed state of one moment). The
 * zip holds the data directory's layout ({@code pilar-bima.mv.db}, optionally {@code keys/}), so
 * restoring is unzipping into an empty data directory (bin/restore). A {@code .sha256} file next to
 * it, in sha256sum's format, lets the restore check the copy.
 */
@ApplicationScoped
public class Backups {

    static final String KEYS_DIR = "keys/";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path directory;
    private final Path privateKey;
    private final Path publicKey;
    private final AuditLog audit;
    private final Clock clock;

    public Backups(DataSource dataSource, PilarConfig config, AuditLog audit, Clock clock) {
        Path privateKey = config.jwt().privateKey();
        Path publicKey = config.jwt().publicKey();
        this.clock = clock;
        this.dataSource = dataSource;
        this.directory = config.dataDir().resolve("backups");
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.audit = audit;
    }

    /** One backup at a time: each copies the whole database, two at once only double the load. */
    public synchronized BackupView create(boolean includeSigningKeys) {
        requireEmbeddedDatabase();
        Instant createdAt = clock.instant();
        String fileName = "pilar-bima-" + NAME_TIME.format(createdAt) + ".zip";
        Path partial = directory.resolve(fileName + ".partial");
        Path file = directory.resolve(fileName);
        try {
            PrivateFiles.directory(directory);
            backUpDatabase(partial);
            if (includeSigningKeys) {
                addKeys(partial);
            }
            PrivateFiles.restrict(partial);
            String sha256 = sha256(partial);
            PrivateFiles.writeString(directory.resolve(fileName + ".sha256"), sha256 + "  " + fileName + "\n");
            // Renamed last: a file named .zip is always complete.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            QuarkusTransaction.requiringNew().run(() -> audit.record("BACKUP_CREATED", "Backup", fileName,
                    includeSigningKeys ? List.of("signingKeys") : List.of()));
            return new BackupView(fileName, Files.size(file), sha256, createdAt, includeSigningKeys);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup " + fileName + " failed", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** The complete backups in the backup folder, newest first (none on PostgreSQL). */
    public List<BackupView> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).map(this::view).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BackupView view(Path file) {
        try {
            String fileName = file.getFileName().toString();
            Path checksum = directory.resolve(fileName + ".sha256");
            String sha256 = Files.exists(checksum) ? Files.readString(checksum).split(" ")[0] : sha256(file);
            try (FileSystem zip = FileSystems.newFileSystem(file)) {
                return new BackupView(fileName, Files.size(file), sha256, Files.getLastModifiedTime(file).toInstant(),
                        Files.exists(zip.getPath(KEYS_DIR)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void backUpDatabase(Path target) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("BACKUP TO failed", e);
        }
    }

    /** PostgreSQL is backed up by its own tools (pg_dump), which this service does not replace. */
    private void requireEmbeddedDatabase() {
        boolean embedded;
        try (Connection connection = dataSource.getConnection()) {
            embedded = "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!embedded) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("backup.externalDatabase"));
        }
    }

    private void addKeys(Path zipFile) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(zipFile, Map.of())) {
            Files.createDirectories(zip.getPath(KEYS_DIR));
            Files.copy(privateKey, zip.getPath(KEYS_DIR, "jwt-private.pem"));
            Files.copy(publicKey, zip.getPath(KEYS_DIR, "jwt-public.pem"));
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // only a leftover .partial file, never read
        }
    }
}
