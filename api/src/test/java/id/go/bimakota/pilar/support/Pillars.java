package id.go.bimakota.pilar.support;

import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Registers pillars with a login through the real API, for tests. */
public final class Pillars {

    private Pillars() {
    }

    /** A registered pillar and its logged-in account. */
    public record Member(String pillarId, String fullName, String phone, Accounts.Login login) {
        public String token() {
            return login.accessToken();
        }
    }

    /** A pillar of the type covering the given kelurahan (PSM …) or kecamatan (TKSK), with an account. */
    public static Member register(String type, List<String> kelurahanCodes, String kecamatanCode) {
        String username = type.toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        String phone = "+62812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String fullName = "Pilar Uji " + username;
        Map<String, Object> body = new HashMap<>(Map.of("fullName", fullName, "type", type, "gender", "P",
                "phone", phone, "account", Map.of("username", username, "password", PASSWORD)));
        if (kelurahanCodes != null) {
            body.put("kelurahanCodes", kelurahanCodes);
        }
        if (kecamatanCode != null) {
            body.put("kecamatanCode", kecamatanCode);
        }
        String id = asAdmin().body(body).post("/api/v1/pillars").then().statusCode(201)
                .extract().jsonPath().getString("id");
        return new Member(id, fullName, phone, Accounts.login(username, PASSWORD));
    }

    public static Member psm(String kelurahanCode) {
        return register("PSM", List.of(kelurahanCode), null);
    }
}
