package id.go.bimakota.pilar.account;

import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.as;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static id.go.bimakota.pilar.support.Accounts.newUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.Accounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Password rules (issue 19, point 9), through every endpoint that sets a password. */
@QuarkusTest
class PasswordRulesTest {

    private static final String SEVENTY_FOUR_BYTES = "é".repeat(37); // 37 characters, 74 bytes in UTF-8

    @Test
    void moreThan72BytesIsA400SayingSo() {
        Map<String, Object> user = kelurahanUser("sandi." + UUID.randomUUID().toString().substring(0, 8), SEVENTY_FOUR_BYTES);
        asAdmin().body(user).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("password")).body("errors[0].message", containsString("72 bytes"));
        asAdmin().header("Accept-Language", "id").body(user).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].message", containsString("72 byte"));
        user.put("password", "é".repeat(36)); // exactly 72 bytes
        asAdmin().body(user).post("/api/v1/users").then().statusCode(201);
    }

    @Test
    void aPasswordContainingTheUsernameIsA400() {
        String username = "lurah." + UUID.randomUUID().toString().substring(0, 6);
        asAdmin().body(kelurahanUser(username, "x-" + username.toUpperCase() + "-2026")).post("/api/v1/users").then()
                .statusCode(400).body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("username"));
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        as(user.accessToken()).body(Map.of("currentPassword", PASSWORD, "newPassword", "baru-" + user.username()))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        asAdmin().body(Map.of("newPassword", user.username() + "-baru")).post("/api/v1/users/" + user.userId() + "/password")
                .then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
    }

    @Test
    void aCommonPasswordIsA400() {
        for (String common : new String[] {"password123456", "1234567890", "Bismillah2026", "qwertyuiop"}) {
            asAdmin().body(kelurahanUser("umum." + UUID.randomUUID().toString().substring(0, 8), common))
                    .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("password"))
                    .body("errors[0].message", containsString("common"));
        }
        Login user = newUser("KELURAHAN", "52.72.03.1004");
        as(user.accessToken()).body(Map.of("currentPassword", PASSWORD, "newPassword", "iloveyou2026"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
    }

    @Test
    void theShippedListHoldsAtLeastAThousandPasswords() throws Exception {
        try (BufferedReader list = new BufferedReader(new InputStreamReader(
                Passwords.class.getResourceAsStream("/account/common-passwords.txt"), StandardCharsets.UTF_8))) {
            long entries = list.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
            assertTrue(entries >= 1000, "common passwords shipped: " + entries);
        }
    }

    private static Map<String, Object> kelurahanUser(String username, String password) {
        return new java.util.HashMap<>(Map.of("username", username, "displayName", "Uji Sandi", "role", "KELURAHAN",
                "kelurahanCode", "52.72.03.1004", "password", password));
    }
}
