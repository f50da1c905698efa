package id.go.bimakota.pilar.security;

import static id.go.bimakota.pilar.support.Accounts.ADMIN_PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Accounts.newUser;
import static id.go.bimakota.pilar.support.Accounts.tokenOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The smaller guarantees of issue 19 (points 7, 8 and 10) through the HTTP API. */
@QuarkusTest
class HardeningTest {

    @Test
    void ifMatchStarIsRefusedWith428NamingTheVersion() {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        int version = asAdmin().get("/api/v1/users/" + user.userId()).then().statusCode(200).extract().jsonPath().getInt("version");
        asAdmin().header("If-Match", "*").body(Map.of("displayName", "Siapa Saja")).patch("/api/v1/users/" + user.userId())
                .then().statusCode(428).contentType("application/problem+json")
                .body("currentVersion", equalTo(version)).body("detail", containsString("\"" + version + "\""));
    }

    @Test
    void aPillarUserCannotBeCreatedWithoutItsPillar() {
        asAdmin().body(Map.of("username", "pilar." + UUID.randomUUID().toString().substring(0, 8), "displayName", "Pilar Uji",
                "role", "PILLAR", "password", PASSWORD)).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("pillarId"));
    }

    @Test
    void metricsNeedAnAdminTokenOrTheScrapersToken() {
        given().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2("not-the-metrics-token").get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(tokenOf("KELURAHAN")).get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(tokenOf("ADMIN")).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        given().auth().oauth2("test-metrics-token").get("/q/metrics").then().statusCode(200);
    }

    @Test
    void swaggerUiIsServedWithAContentSecurityPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"));
    }

    @Test
    void usernamesAreNfkcNormalised() {
        given().contentType(ContentType.JSON).body(Map.of("username", "ａｄｍｉｎ", "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).body("user.username", equalTo("admin"));
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        String fullWidth = user.username().chars().mapToObj(c -> c >= '!' && c <= '~' ? String.valueOf((char) (c + 0xFEE0))
                : String.valueOf((char) c)).reduce("", String::concat);
        asAdmin().body(Map.of("username", fullWidth, "displayName", "Kembar", "role", "KELURAHAN",
                "kelurahanCode", "52.72.03.1004", "password", PASSWORD)).post("/api/v1/users").then().statusCode(409);
    }

    @Test
    void bidiAndZeroWidthCharactersAreRefusedInNamesAndFreeText() {
        for (String sneaky : new String[] {"Siti\u202EnamihA", "Si\u200Bti", "Siti\u2066A\u2069", "\uFEFFSiti"}) {
            asAdmin().body(Map.of("username", "nama." + UUID.randomUUID().toString().substring(0, 8), "displayName", sneaky,
                    "role", "KELURAHAN", "kelurahanCode", "52.72.03.1004", "password", PASSWORD))
                    .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("displayName"))
                    .body("errors[0].message", containsString("invisible"));
        }
        Map<String, Object> pillar = new HashMap<>(Map.of("fullName", "Nur\u200Dhasanah", "type", "PORDAM",
                "phone", "+6281377700011"));
        asAdmin().body(pillar).post("/api/v1/pillars").then().statusCode(400).body("errors[0].field", equalTo("fullName"));
        asAdmin().header("Accept-Language", "id").body(pillar).post("/api/v1/pillars").then().statusCode(400)
                .body("errors[0].message", containsString("tak terlihat"));
    }

    @Test
    void theServerMakesItsOwnRequestIdAndKeepsTheClientsBesideIt() {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        String etag = asAdmin().get("/api/v1/users/" + user.userId()).then().statusCode(200).extract().header("ETag");
        String clientId = "field-app-" + UUID.randomUUID().toString().substring(0, 8);
        String serverId = asAdmin().header("X-Request-Id", clientId).header("If-Match", etag)
                .body(Map.of("displayName", "Kasi Kesos Baru")).patch("/api/v1/users/" + user.userId())
                .then().statusCode(200).extract().header("X-Request-Id");
        assertNotEquals(clientId, serverId, "the client's id is never the server's");
        asAdmin().queryParam("entityId", user.userId()).queryParam("action", "USER_UPDATED").get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].requestId", equalTo(serverId))
                .body("items[0].clientRequestId", equalTo(clientId));
        // the same client id twice still gives two server ids
        String again = given().header("X-Request-Id", clientId).get("/api/v1/areas/kecamatan").then().extract().header("X-Request-Id");
        assertNotEquals(serverId, again);
        assertNotEquals(clientId, again);
    }

    @Test
    void theAccessLogNeverCarriesPersonSearchValues() {
        Logger accessLog = Logger.getLogger("io.quarkus.http.access-log");
        Level before = accessLog.getLevel();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        accessLog.setLevel(Level.INFO);
        accessLog.addHandler(capture);
        try {
            asAdmin().queryParam("q", "Siti Aminah").queryParam("nik", "5272031234560001").queryParam("limit", "5")
                    .get("/api/v1/cases").then().statusCode(200);
            long deadline = System.currentTimeMillis() + 5000;
            while (lines.stream().noneMatch(l -> l.contains("/api/v1/cases")) && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
        } finally {
            accessLog.removeHandler(capture);
            accessLog.setLevel(before);
        }
        String line = lines.stream().filter(l -> l.contains("/api/v1/cases")).findFirst()
                .orElseThrow(() -> new AssertionError("no access log line: " + lines));
        assertFalse(line.contains("Siti") || line.contains("Aminah") || line.contains("5272031234560001"), line);
        assertTrue(line.contains("q=***") && line.contains("nik=***") && line.contains("limit=5"), line);
    }
}
