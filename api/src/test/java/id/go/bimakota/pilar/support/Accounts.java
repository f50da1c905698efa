package id.go.bimakota.pilar.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Logs in and creates users through the real API, for tests. */
public final class Accounts {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "kata-sandi-uji-2026";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Accounts() {
    }

    /**
     * Tokens belong to one start of the service: a test profile restarts it on a cleaned database, with
     * a new random port, where the users of the previous start no longer exist.
     */
    private static String cacheKey(String role) {
        return io.restassured.RestAssured.port + "/" + role;
    }

    public record Login(String username, String userId, String accessToken, String refreshToken) {
    }

    public static Login login(String username, String password) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then().statusCode(200).extract().jsonPath();
        return new Login(username, body.getString("user.id"), body.getString("accessToken"),
                body.getString("refreshToken"));
    }

    public static String adminToken() {
        return TOKENS.computeIfAbsent(cacheKey("admin"), key -> login("admin", ADMIN_PASSWORD).accessToken());
    }

    public static RequestSpecification asAdmin() {
        return as(adminToken());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A new user of the role, created by the admin; a KELURAHAN user belongs to the given kelurahan. */
    public static Login newUser(String role, String kelurahanCode) {
        String username = role.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> request = new java.util.HashMap<>(Map.of("username", username,
                "displayName", "Uji " + username, "role", role, "password", PASSWORD));
        if (kelurahanCode != null) {
            request.put("kelurahanCode", kelurahanCode);
        }
        if ("PILLAR".equals(role)) {
            request.put("pillarId", newCityWidePillar("Pilar " + username));
        }
        asAdmin().body(request).post("/api/v1/users").then().statusCode(201);
        return login(username, PASSWORD);
    }

    /** A PILLAR login needs its pillar: a city-wide one (Pordam), registered without a login. */
    private static String newCityWidePillar(String fullName) {
        String phone = "+62813" + (10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(89_999_999));
        return asAdmin().body(Map.of("fullName", fullName, "type", "PORDAM", "gender", "L", "phone", phone))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** A cached token of a shared user of the role (KELURAHAN users belong to Kolo). */
    public static String tokenOf(String role) {
        if ("ADMIN".equals(role)) {
            return adminToken();
        }
        return TOKENS.computeIfAbsent(cacheKey(role),
                key -> newUser(role, "KELURAHAN".equals(role) ? "52.72.03.1004" : null).accessToken());
    }
}
