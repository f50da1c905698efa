package id.go.bimakota.pilar.account;

import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Accounts.login;
import static id.go.bimakota.pilar.support.Accounts.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts.Login;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import id.go.bimakota.pilar.support.SseSubscription;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A session that ends, ends everywhere (issue 19, point 4). */
@QuarkusTest
class SessionEndTest {

    @TestHTTPResource("/api/v1/notices/events")
    URI feed;

    @Test
    void logoutEndsThatSessionsAccessTokensAtOnceAndSaysWhy() {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        Login other = login(user.username(), PASSWORD);
        as(user.accessToken()).body(Map.of("refreshToken", user.refreshToken())).post("/api/v1/auth/logout")
                .then().statusCode(204);
        as(user.accessToken()).get("/api/v1/me").then().statusCode(401).body("detail", containsString("session has ended"));
        as(user.accessToken()).header("Accept-Language", "id").get("/api/v1/me").then().statusCode(401)
                .body("detail", containsString("Sesi ini telah berakhir"));
        as(other.accessToken()).get("/api/v1/me").then().statusCode(200); // the other session goes on
    }

    @Test
    void refreshTokenReuseEndsTheSessionsAccessTokensAtOnce() {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        String rotatedAccess = refresh(user.refreshToken()).then().statusCode(200).extract().jsonPath().getString("accessToken");
        as(rotatedAccess).get("/api/v1/me").then().statusCode(200);
        refresh(user.refreshToken()).then().statusCode(401); // reused: the whole session ends
        as(rotatedAccess).get("/api/v1/me").then().statusCode(401).body("detail", containsString("session has ended"));
        as(user.accessToken()).get("/api/v1/me").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "deactivation", "role", "kelurahan", "logout"})
    void anOpenLiveFeedClosesWithinFiveSecondsWhenAccessChanges(String change) throws Exception {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        try (SseSubscription stream = SseSubscription.open(feed, user.accessToken(), null)) {
            changes(user, change);
            assertTrue(stream.endsWithin(Duration.ofSeconds(5)), "the feed still streams 5 s after the " + change + " change");
        }
        as(user.accessToken()).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anUnchangedFeedKeepsStreaming() throws Exception {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        try (SseSubscription stream = SseSubscription.open(feed, user.accessToken(), null)) {
            assertTrue(!stream.endsWithin(Duration.ofSeconds(2)), "an unchanged session keeps its feed");
        }
    }

    @Test
    void deactivatingAPillarSuspendsItsLoginAtOnceAndLoginSaysWhy() {
        Member pillar = Pillars.psm("52.72.03.1004");
        as(pillar.token()).get("/api/v1/me").then().statusCode(200);
        asAdmin().body(Map.of("reason", "Pindah tugas ke Kabupaten Dompu", "transferredOut", true))
                .post("/api/v1/pillars/" + pillar.pillarId() + "/deactivate").then().statusCode(200);
        as(pillar.token()).get("/api/v1/me").then().statusCode(401).body("detail", containsString("pillar was deactivated"));
        as(pillar.token()).header("Accept-Language", "id").get("/api/v1/me").then().statusCode(401)
                .body("detail", containsString("pilarnya dinonaktifkan"));
        // joining a visit needs an active pillar: the suspended login cannot even ask
        as(pillar.token()).post("/api/v1/notices/" + java.util.UUID.randomUUID() + "/join").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", pillar.login().username(), "password", PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401).body("detail", containsString("suspended"));
        given().contentType(ContentType.JSON).body(Map.of("username", pillar.login().username(), "password", "salah-sekali-1"))
                .post("/api/v1/auth/token").then().statusCode(401).body("detail", containsString("Wrong username or password"));
        asAdmin().post("/api/v1/pillars/" + pillar.pillarId() + "/reactivate").then().statusCode(200);
        as(login(pillar.login().username(), PASSWORD).accessToken()).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aDeactivatedUsersLoginSaysSoOnlyWithTheRightPassword() {
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        changes(user, "deactivation");
        as(user.accessToken()).get("/api/v1/me").then().statusCode(401).body("detail", containsString("deactivated"));
        given().contentType(ContentType.JSON).body(Map.of("username", user.username(), "password", PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401).body("detail", containsString("deactivated"));
    }

    private static void changes(Login user, String change) {
        Consumer<Map<String, Object>> patch = body -> {
            String etag = asAdmin().get("/api/v1/users/" + user.userId()).then().statusCode(200).extract().header("ETag");
            asAdmin().header("If-Match", etag).body(body).patch("/api/v1/users/" + user.userId()).then().statusCode(200);
        };
        switch (change) {
            case "password" -> asAdmin().body(Map.of("newPassword", "sementara-baru-2026"))
                    .post("/api/v1/users/" + user.userId() + "/password").then().statusCode(204);
            case "deactivation" -> patch.accept(Map.of("active", false));
            case "role" -> patch.accept(Map.of("role", "ADMIN"));
            case "kelurahan" -> patch.accept(Map.of("kelurahanCode", "52.72.03.1005"));
            case "logout" -> as(user.accessToken()).body(Map.of("refreshToken", user.refreshToken()))
                    .post("/api/v1/auth/logout").then().statusCode(204);
            default -> throw new IllegalArgumentException(change);
        }
    }

    private static io.restassured.response.Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh");
    }
}
