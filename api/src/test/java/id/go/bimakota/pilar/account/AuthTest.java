package id.go.bimakota.pilar.account;

import static id.go.bimakota.pilar.support.Accounts.ADMIN_PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Accounts.login;
import static id.go.bimakota.pilar.support.Accounts.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Accounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    @Inject
    JwtKeys keys;

    @Test
    void adminLogsInWithTheConfiguredPasswordAndGetsTheWholeAnswer() {
        given().contentType(ContentType.JSON).body(Map.of("username", "Admin", "password", ADMIN_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .body("user.username", equalTo("admin"))
                .body("user.role", equalTo("ADMIN"))
                .body("user.id", notNullValue());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String wrong = given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "admin"))
                .post("/api/v1/auth/token").then().statusCode(401).contentType("application/problem+json")
                .extract().jsonPath().getString("detail");
        String unknown = given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody.here", "password", "whatever-123"))
                .post("/api/v1/auth/token").then().statusCode(401).extract().jsonPath().getString("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void noTokenIs401WithWwwAuthenticate() {
        given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void tamperedAlgNoneForeignAndExpiredTokensAre401() throws Exception {
        Login user = newUser("PILLAR", null);
        as(user.accessToken()).get("/api/v1/me").then().statusCode(200).body("username", equalTo(user.username()));

        String[] parts = user.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"PILLAR\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + b64(payload) + "." + parts[2];
        String algNone = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.issuer("https://pilar.bimakota.go.id").subject(user.userId()).upn(user.username())
                .groups(Set.of("ADMIN")).claim(Tokens.CLAIM_AUTH_VERSION, 0)
                .sign(generator.generateKeyPair().getPrivate());
        String expired = Jwt.issuer("https://pilar.bimakota.go.id").subject(user.userId()).upn(user.username())
                .groups(Set.of("PILLAR")).claim(Tokens.CLAIM_AUTH_VERSION, 0)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(keys.privateKey());
        for (String token : new String[] {tampered, algNone, foreign, expired, "not-a-jwt"}) {
            as(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void wrongRoleIs403() {
        Login pillar = newUser("PILLAR", null);
        as(pillar.accessToken()).get("/api/v1/users").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void sixthBadLoginIs429EvenWithTheRightPassword() {
        Login user = newUser("PILLAR", null);
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", user.username(), "password", "wrong-" + i))
                    .post("/api/v1/auth/token").then().statusCode(401);
        }
        for (String password : new String[] {"wrong-again", PASSWORD}) {
            int retryAfter = Integer.parseInt(given().contentType(ContentType.JSON)
                    .body(Map.of("username", user.username(), "password", password))
                    .post("/api/v1/auth/token").then().statusCode(429)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/too-many-requests"))
                    .extract().header("Retry-After"));
            org.junit.jupiter.api.Assertions.assertTrue(retryAfter > 0 && retryAfter <= 900, "Retry-After " + retryAfter);
        }
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeChain() {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        String second = refresh(user.refreshToken()).then().statusCode(200)
                .body("user.kelurahanCode", equalTo("52.72.03.1004"))
                .extract().jsonPath().getString("refreshToken");
        String third = refresh(second).then().statusCode(200).extract().jsonPath().getString("refreshToken");
        refresh(user.refreshToken()).then().statusCode(401).contentType("application/problem+json");
        refresh(third).then().statusCode(401);
        asAdmin().queryParam("action", "REFRESH_TOKEN_REUSED").queryParam("entityId", user.userId())
                .get("/api/v1/audit").then().statusCode(200).body("items[0].actorUsername", equalTo(user.username()));
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Login user = newUser("PILLAR", null);
        as(user.accessToken()).body(Map.of("refreshToken", user.refreshToken())).post("/api/v1/auth/logout")
                .then().statusCode(204);
        refresh(user.refreshToken()).then().statusCode(401);
    }

    @Test
    void deactivationLocksTheUserOutAtOnce() {
        Login user = newUser("PILLAR", null);
        as(user.accessToken()).get("/api/v1/me").then().statusCode(200);
        String etag = asAdmin().get("/api/v1/users/" + user.userId()).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("active", false)).patch("/api/v1/users/" + user.userId())
                .then().statusCode(200).body("active", equalTo(false));
        as(user.accessToken()).get("/api/v1/me").then().statusCode(401);
        refresh(user.refreshToken()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", user.username(), "password", PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void changingMyPasswordEndsOldSessions() {
        Login user = newUser("PILLAR", null);
        as(user.accessToken()).body(Map.of("currentPassword", "wrong-password-x", "newPassword", "baru-sekali-2026"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        as(user.accessToken()).body(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        as(user.accessToken()).body(Map.of("currentPassword", PASSWORD, "newPassword", "baru-sekali-2026"))
                .post("/api/v1/me/password").then().statusCode(204);
        as(user.accessToken()).get("/api/v1/me").then().statusCode(401);
        refresh(user.refreshToken()).then().statusCode(401);
        as(login(user.username(), "baru-sekali-2026").accessToken()).get("/api/v1/me").then().statusCode(200);
    }

    private static io.restassured.response.Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh");
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
