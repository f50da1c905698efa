package id.go.bimakota.pilar.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Pillars;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Browser-facing protections: no sniffing, no framing, no caching of answers that hold personal
 * data (successes and errors alike), and CORS only for the configured origins
 * ({@code %test.quarkus.http.cors.origins}). Rejected tokens (alg none, wrong key, expired,
 * deactivated user) are covered by {@code account.AuthTest}.
 */
@QuarkusTest
class SecurityHeadersTest {

    static final String ALLOWED_ORIGIN = "https://lapor.bimakota.go.id";
    static final String FOREIGN_ORIGIN = "https://evil.example";

    @Test
    void apiAnswersWithPersonalDataAreNeitherSniffedFramedNorCached() {
        Pillars.Member psm = Pillars.psm("52.72.03.1004");
        String admin = Accounts.adminToken();
        Map<String, Supplier<Response>> answers = new LinkedHashMap<>();
        answers.put("me", () -> Accounts.as(psm.token()).get("/api/v1/me"));
        answers.put("pillar", () -> Accounts.as(admin).get("/api/v1/pillars/" + psm.pillarId()));
        answers.put("users", () -> Accounts.as(admin).get("/api/v1/users"));
        answers.put("cases", () -> Accounts.as(admin).get("/api/v1/cases"));
        answers.put("coverage", () -> Accounts.as(admin).get("/api/v1/areas/kelurahan/52.72.03.1004/coverage"));
        answers.put("login", () -> given().contentType("application/json")
                .body(Map.of("username", "admin", "password", Accounts.ADMIN_PASSWORD)).post("/api/v1/auth/token"));
        answers.put("401", () -> given().get("/api/v1/pillars"));
        answers.put("403", () -> Accounts.as(psm.token()).get("/api/v1/users"));
        answers.put("404", () -> Accounts.as(admin).get("/api/v1/pillars/00000000-0000-0000-0000-000000000000"));
        answers.put("400", () -> Accounts.as(admin).queryParam("limit", 500).get("/api/v1/pillars"));
        answers.put("413", () -> given().contentType("application/json").body("[" + "1,".repeat(600_000) + "1]")
                .post("/api/v1/auth/token"));
        answers.forEach((name, call) -> call.get().then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Cache-Control", equalTo("no-store")));
    }

    @Test
    void documentationAndHealthAreNotFramedEither() {
        for (String path : new String[] {"/q/health/ready", "/q/openapi", "/q/swagger-ui/"}) {
            given().get(path).then().statusCode(200)
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"));
        }
    }

    @Test
    void preflightFromTheConfiguredOriginIsAllowedWithTheHeadersTheClientsNeed() {
        preflight(ALLOWED_ORIGIN, "PATCH", "authorization,content-type,if-match,idempotency-key,accept-language")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("Last-Event-ID"))
                .header("Access-Control-Allow-Origin", not(equalTo("*")));
        Accounts.as(Accounts.adminToken()).header("Origin", ALLOWED_ORIGIN).get("/api/v1/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void aForeignOriginGetsNoCorsPermission() {
        Response preflight = preflight(FOREIGN_ORIGIN, "POST", "authorization,content-type");
        preflight.then().header("Access-Control-Allow-Origin", nullValue());
        Response call = Accounts.as(Accounts.adminToken()).header("Origin", FOREIGN_ORIGIN).get("/api/v1/me");
        call.then().header("Access-Control-Allow-Origin", nullValue());
        assertEquals(403, call.statusCode(), "a browser call from a foreign origin is refused outright");
        // Same origin (Swagger UI) needs no CORS entry.
        given().header("Origin", "http://localhost:" + io.restassured.RestAssured.port).get("/api/v1/areas/kecamatan")
                .then().statusCode(200);
    }

    private static Response preflight(String origin, String method, String headers) {
        RequestSpecification request = given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers);
        return request.options("/api/v1/notices");
    }

    @Test
    void problemBodiesAreNotHtml() {
        given().get("/api/v1/<script>alert(1)</script>").then().statusCode(404)
                .header("Content-Type", equalToIgnoringCase("application/problem+json"));
    }
}
