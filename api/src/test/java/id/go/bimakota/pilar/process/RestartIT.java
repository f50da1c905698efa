package id.go.bimakota.pilar.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service on the embedded default: data, signing keys and tokens survive a restart,
 * and the first start creates an administrator without any default password.
 */
class RestartIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void firstStartPrintsAGeneratedAdminPasswordAndEverythingSurvivesARestart() throws Exception {
        String token;
        try (ServiceProcess first = ServiceProcess.start(dataDir, Map.of())) {
            assertEquals(200, first.get("/api/v1/areas/kelurahan").statusCode());
            String log = first.log();
            assertTrue(log.contains("Successfully applied"), log);
            Matcher generated = Pattern.compile("password: (\\S{20})").matcher(log);
            assertTrue(generated.find(), "the generated admin password is in the log:\n" + log);
            assertEquals(401, login(first, "admin", "admin").statusCode());
            HttpResponse<String> ok = login(first, "admin", generated.group(1));
            assertEquals(200, ok.statusCode(), ok.body());
            token = ok.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        }
        assertTrue(Files.exists(dataDir.resolve("pilar-bima.mv.db")), "H2 file under the data directory");
        assertTrue(Files.exists(dataDir.resolve("keys/jwt-private.pem")), "signing key under the data directory");
        try (ServiceProcess second = ServiceProcess.start(dataDir, Map.of())) {
            String body = second.get("/api/v1/areas/kelurahan").body();
            assertEquals(41, body.split("\"code\"").length - 1);
            HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(second.uri("/api/v1/me"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, me.statusCode(), "a token from before the restart still works: " + me.body());
            String log = second.log();
            assertTrue(log.contains("Schema \"public\" is up to date"), log);
            assertFalse(log.contains("ERROR"), log);
            assertFalse(log.contains("password:"), "the admin password is shown only once");
        }
    }

    @Test
    void adminPasswordFromTheEnvironment() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(dataDir, Map.of("PILAR_ADMIN_PASSWORD", "dari-lingkungan-2026"))) {
            assertEquals(200, login(service, "admin", "dari-lingkungan-2026").statusCode());
            assertEquals(401, login(service, "admin", "admin").statusCode());
            assertFalse(service.log().contains("dari-lingkungan-2026"), "the password is never logged");
        }
    }

    private static HttpResponse<String> login(ServiceProcess service, String username, String password)
            throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        return HTTP.send(HttpRequest.newBuilder(service.uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
