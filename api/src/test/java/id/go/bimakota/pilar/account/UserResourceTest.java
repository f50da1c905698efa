package id.go.bimakota.pilar.account;

import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Accounts.login;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> newUser(String username, String role, String kelurahan) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "Petugas Uji",
                "role", role, "password", PASSWORD));
        if (kelurahan != null) {
            body.put("kelurahanCode", kelurahan);
        }
        return body;
    }

    @Test
    void createsAKelurahanOfficerWithLocationAndEtag() {
        String username = unique("Lurah.Kolo");
        String id = asAdmin().body(newUser(username, "KELURAHAN", "52.72.03.1004")).post("/api/v1/users")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/users/" + asAdmin().get("/api/v1/users?q=" + username.toLowerCase())
                        .then().extract().jsonPath().getString("items[0].id")))
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(username))
                .body("role", equalTo("KELURAHAN"))
                .body("kelurahanCode", equalTo("52.72.03.1004"))
                .body("active", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .extract().jsonPath().getString("id");
        asAdmin().get("/api/v1/users/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        String username = unique("psm.rabadompu");
        asAdmin().body(newUser(username, "KELURAHAN", "52.72.03.1004")).post("/api/v1/users").then().statusCode(201);
        asAdmin().body(newUser(username.toUpperCase(), "KELURAHAN", "52.72.03.1004")).post("/api/v1/users").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void invalidAccountsAre400NamingTheField() {
        asAdmin().body(newUser(unique("lurah"), "KELURAHAN", null)).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("kelurahanCode"));
        asAdmin().body(newUser(unique("lurah"), "KELURAHAN", "52.72.03.1099")).post("/api/v1/users").then()
                .statusCode(400).body("errors[0].field", equalTo("kelurahanCode"));
        asAdmin().body(newUser(unique("psm"), "PILLAR", "52.72.03.1004")).post("/api/v1/users").then()
                .statusCode(400).body("errors[0].field", equalTo("kelurahanCode"));
        Map<String, Object> shortPassword = newUser(unique("psm"), "PILLAR", null);
        shortPassword.put("password", "123456789");
        asAdmin().body(shortPassword).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("password"));
        Map<String, Object> badRole = newUser(unique("psm"), "SUPERUSER", null);
        asAdmin().body(badRole).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", equalTo("must be one of: ADMIN, PILLAR, KELURAHAN"));
        asAdmin().body(Map.of()).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("username")).body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("role")).body("errors.field", hasItem("displayName"));
        asAdmin().body("{\"username\": ").post("/api/v1/users").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/malformed-request"));
        asAdmin().contentType("text/plain").body("hello").post("/api/v1/users").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void patchNeedsIfMatchAndRejectsStaleVersions() {
        String id = asAdmin().body(newUser(unique("fasilitator"), "KELURAHAN", "52.72.03.1004")).post("/api/v1/users").then()
                .statusCode(201).extract().jsonPath().getString("id");
        asAdmin().body(Map.of("displayName", "Nama Baru")).patch("/api/v1/users/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("displayName", "Nama Baru")).patch("/api/v1/users/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("displayName", equalTo("Nama Baru"));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("displayName", "Nama Lama")).patch("/api/v1/users/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("current.displayName", equalTo("Nama Baru")).body("current.version", equalTo(1));
        asAdmin().header("If-Match", "\"1\"").body(Map.of("role", "KELURAHAN", "kelurahanCode", "52.72.01.1001"))
                .patch("/api/v1/users/" + id).then().statusCode(200)
                .body("role", equalTo("KELURAHAN")).body("kelurahanCode", equalTo("52.72.01.1001"));
    }

    @Test
    void adminCannotLockThemselvesOut() {
        String adminId = asAdmin().get("/api/v1/me").then().statusCode(200).extract().jsonPath().getString("id");
        String etag = asAdmin().get("/api/v1/users/" + adminId).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("active", false)).patch("/api/v1/users/" + adminId)
                .then().statusCode(409);
    }

    @Test
    void unknownAndMalformedIds() {
        asAdmin().get("/api/v1/users/" + UUID.randomUUID()).then().statusCode(404);
        asAdmin().get("/api/v1/users/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
        asAdmin().queryParam("role", "BOSS").get("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void adminResetsAPassword() {
        String username = unique("tksk");
        String id = asAdmin().body(newUser(username, "KELURAHAN", "52.72.03.1004")).post("/api/v1/users").then().statusCode(201)
                .extract().jsonPath().getString("id");
        asAdmin().body(Map.of("newPassword", "reset-oleh-admin")).post("/api/v1/users/" + id + "/password")
                .then().statusCode(204);
        login(username, "reset-oleh-admin");
        asAdmin().queryParam("entityId", id).queryParam("action", "PASSWORD_RESET").get("/api/v1/audit").then()
                .statusCode(200).body("items[0].changedFields", hasItem("password"))
                .body("items[0].actorUsername", equalTo("admin"))
                .body("items[0].requestId", not(nullValue()));
    }
}
