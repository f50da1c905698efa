package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Contract.KOLO;
import static id.go.bimakota.pilar.client.Contract.PASSWORD;
import static id.go.bimakota.pilar.client.Contract.assertParsedExactly;
import static id.go.bimakota.pilar.client.Contract.assertProblem;
import static id.go.bimakota.pilar.client.Contract.assertSameJson;
import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.Contract.Member;
import id.go.bimakota.pilar.client.Contract.Wire;
import id.go.bimakota.pilar.client.model.Role;
import id.go.bimakota.pilar.client.model.User;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code client.auth()} and the client's token handling against the real service. */
@QuarkusTest
class AuthContractTest extends ContractTestBase {

    @Test
    void logsInOnFirstUseAndReadsTheCurrentUser() {
        Member psm = contract.psm(KOLO);
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire)) {
            assertTrue(client.auth().currentUser().isEmpty(), "no login before the first call");

            User me = client.auth().me();

            assertParsedExactly(wire, me);
            assertEquals(List.of("POST /api/v1/auth/token 200", "GET /api/v1/me 200"), wire.summary());
            assertEquals(psm.username(), me.username());
            assertEquals(Role.PILLAR, me.role());
            assertEquals(psm.id(), me.pillarId());
            assertEquals(Boolean.TRUE, me.active());
            assertTrue(me.version() != null && me.createdAt() != null);
            assertTrue(wire.exchanges().get(1).requestHeaders().get("Authorization").startsWith("Bearer "));
            assertEquals("id", wire.exchanges().get(1).requestHeaders().get("Accept-Language"));
            User fromLogin = client.auth().currentUser().orElseThrow();
            assertSameJson(Contract.parse(wire.exchanges().get(0).body()).get("user"), fromLogin);
            assertEquals(me.id(), fromLogin.id());

            // An explicit login (e.g. to check a password) answers the same user.
            assertEquals(me.id(), client.auth().login().id());
        }
    }

    @Test
    void aWrongPasswordIsAClear401InTheChosenLanguage() {
        Member psm = contract.psm(KOLO);
        try (PilarClient indonesian = contract.client(psm.username(), "salah-sekali-123", new Wire(), null, "id");
                PilarClient english = contract.client(psm.username(), "salah-sekali-123", new Wire(), null, "en")) {
            PilarApiException id = assertProblem(401, "/problems/unauthorized", () -> indonesian.auth().me());
            PilarApiException en = assertProblem(401, "/problems/unauthorized", () -> english.auth().me());

            assertNotEquals(en.title(), id.title(), "titles come from the service in the asked language");
            assertFalse(id.isRetryable());
            assertFalse(id.getMessage().contains("salah-sekali-123"), "the password stays out of messages");
            assertTrue(id.requestId() != null, "a problem carries the request id");
        }
    }

    @Test
    void aRevokedSessionIsRenewedOnceAndTheCallSucceeds() {
        Member psm = contract.psm(KOLO);
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire)) {
            User me = client.auth().me();
            // Deactivating and reactivating the account ends all its sessions: access and refresh token die.
            setActive(me.id(), false);
            setActive(me.id(), true);
            wire.clear();

            User again = client.auth().me();

            assertEquals(me.id(), again.id());
            assertEquals(List.of("GET /api/v1/me 401", "POST /api/v1/auth/refresh 401", "POST /api/v1/auth/token 200",
                    "GET /api/v1/me 200"), wire.summary());
        }
    }

    @Test
    void aResetPasswordFailsClearlyAfterOneRenewalAttempt() {
        Member psm = contract.psm(KOLO);
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire)) {
            User me = client.auth().me();
            asAdmin().body(Map.of("newPassword", "sandi-baru-dari-dinas")).post("/api/v1/users/" + me.id() + "/password")
                    .then().statusCode(204);
            wire.clear();

            PilarApiException e = assertProblem(401, "/problems/unauthorized", () -> client.auth().me());

            assertEquals(List.of("GET /api/v1/me 401", "POST /api/v1/auth/refresh 401", "POST /api/v1/auth/token 401"),
                    wire.summary(), "one renewal, one login, then the failure: no loop");
            assertFalse(e.isRetryable());
        }
    }

    @Test
    void changePasswordEndsTheSessionsAndLogoutRevokesTheRefreshToken() {
        Member psm = contract.psm(KOLO);
        Wire wire = new Wire();
        try (PilarClient client = psm.client(contract, wire)) {
            client.auth().login();
            client.auth().logout();
            assertTrue(client.auth().currentUser().isEmpty());
            assertEquals("POST /api/v1/auth/logout 204", wire.summary().get(wire.summary().size() - 1));

            // Wrong current password: a validation problem naming the field.
            PilarApiException wrong = assertProblem(400, "/problems/validation",
                    () -> client.auth().changePassword("bukan-sandi-lama", "sandi-lain-lapangan-2026"));
            assertEquals("currentPassword", wrong.fieldErrors().get(0).field());

            client.auth().changePassword(PASSWORD, "sandi-baru-lapangan-2026");
            assertEquals("POST /api/v1/me/password 204", wire.summary().get(wire.summary().size() - 1));
            // The change ends every session, and this client only knows the old password.
            assertProblem(401, "/problems/unauthorized", () -> client.auth().me());
        }
        try (PilarClient renewed = contract.client(psm.username(), "sandi-baru-lapangan-2026", new Wire())) {
            assertEquals(psm.username(), renewed.auth().me().username());
        }
    }

    private static void setActive(String userId, boolean active) {
        String etag = asAdmin().get("/api/v1/users/" + userId).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("active", active)).patch("/api/v1/users/" + userId)
                .then().statusCode(200);
    }
}
