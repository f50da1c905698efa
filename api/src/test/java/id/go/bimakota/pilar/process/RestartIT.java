package id.go.bimakota.pilar.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data across a stop and a start, with no migration error. */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOnTheEmbeddedDatabase() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(dataDir, Map.of())) {
            assertEquals(200, first.get("/api/v1/areas/kelurahan").statusCode());
            assertTrue(first.log().contains("Successfully applied"), first.log());
        }
        assertTrue(Files.exists(dataDir.resolve("pilar-bima.mv.db")), "H2 file under the data directory");
        try (ServiceProcess second = ServiceProcess.start(dataDir, Map.of())) {
            String body = second.get("/api/v1/areas/kelurahan").body();
            assertEquals(41, body.split("\"code\"").length - 1);
            String log = second.log();
            assertTrue(log.contains("Schema \"public\" is up to date"), log);
            assertFalse(log.contains("ERROR"), log);
        }
    }
}
