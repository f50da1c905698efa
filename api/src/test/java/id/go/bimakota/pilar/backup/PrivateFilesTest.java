package id.go.bimakota.pilar.backup;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 7: the data directory, the embedded database's directory, the signing keys and the
 * backups with their checksums are for the service's own user only, read back as POSIX permissions.
 */
@QuarkusTest
class PrivateFilesTest {

    static final Path DATA = Path.of("target/test-data");
    static final Path H2 = Path.of("target/test-db");

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void dataDirectoryKeysDatabaseAndBackupsAreOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rwx------", mode(DATA));
        assertEquals("rwx------", mode(DATA.resolve("keys")));
        assertEquals("rw-------", mode(DATA.resolve("keys/jwt-private.pem")));
        assertEquals("rw-------", mode(DATA.resolve("keys/jwt-public.pem")));

        Response backup = asAdmin().body(Map.of("includeSigningKeys", true)).post("/api/v1/admin/backups");
        boolean embedded = backup.statusCode() == 201;
        assumeTrue(embedded, "backups and the database file exist only on the embedded H2 database");
        String fileName = backup.path("fileName");
        assertEquals("rwx------", mode(DATA.resolve("backups")));
        assertEquals("rw-------", mode(DATA.resolve("backups").resolve(fileName)));
        assertEquals("rw-------", mode(DATA.resolve("backups").resolve(fileName + ".sha256")));
        assertEquals("rwx------", mode(H2));
        assertEquals("rw-------", mode(H2.resolve("pilar-bima.mv.db")));
    }
}
