package id.go.bimakota.pilar.reliability;

import static id.go.bimakota.pilar.support.Accounts.ADMIN_PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.PASSWORD;
import static id.go.bimakota.pilar.support.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.pillar.Pillars;
import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: after a quiet spell the pools have closed every connection, Flyway's among them; every
 * kind of write must still succeed. Each step below runs after an {@link IdleGap}. On H2 2.4.240 the
 * first keyed POST here answered 500 ("Check constraint invalid ... The database has been closed"),
 * and so did every pillar, user and import, whose tables have {@code CHECK (... IN (...))} too.
 */
@QuarkusTest
@TestProfile(IdleGap.Profile.class)
class WritesAfterIdleGapTest {

    static final String KOLO = "52.72.03.1004";
    /** The steps below, each after a gap that closes at least one connection. */
    static final int STEPS = 24;

    @Inject
    IdleGap gap;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void everyKindOfWriteSucceedsAfterTheConnectionsWereClosed() {
        long closedBefore = gap.closedConnections();
        String admin = after(() -> Accounts.login("admin", ADMIN_PASSWORD).accessToken());
        String pillarId = after(() -> created(as(admin).body(Pillars.psm("Rahmawati Idle", KOLO)), "/api/v1/pillars"));
        String username = "idle." + UUID.randomUUID().toString().substring(0, 8);
        after(() -> created(as(admin).body(Map.of("username", username, "displayName", "Petugas Kolo", "role",
                "KELURAHAN", "kelurahanCode", KOLO, "password", PASSWORD)), "/api/v1/users"));
        String lead = after(() -> Accounts.newUser("PILLAR", null).accessToken());
        String psm = after(() -> registeredPsm(admin));
        String officer = after(() -> Accounts.login(username, PASSWORD).accessToken());

        String key = "idle-" + UUID.randomUUID();
        String keyed = after(() -> created(as(psm).header("Idempotency-Key", key).body(notice("Dengan kunci")),
                "/api/v1/notices"));
        after(() -> as(psm).header("Idempotency-Key", key).body(notice("Dengan kunci")).post("/api/v1/notices").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(keyed)));
        String unkeyed = after(() -> created(as(psm).body(notice("Tanpa kunci")), "/api/v1/notices"));

        after(() -> as(psm).header("If-Match", etag(psm, "/api/v1/notices/" + keyed)).body(Map.of("description", "Diubah setelah sepi"))
                .patch("/api/v1/notices/" + keyed).then().statusCode(200));
        after(() -> as(officer).header("Idempotency-Key", "ack-" + key).body(Map.of("acknowledgedBy", "Lurah Kolo"))
                .post("/api/v1/notices/" + keyed + "/acknowledge").then().statusCode(200));
        after(() -> as(officer).body(Map.of("proposedStart", start().plus(1, ChronoUnit.DAYS).toString(),
                "proposedEnd", start().plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString(),
                "reason", "Lurah sedang rapat di kota")).post("/api/v1/notices/" + unkeyed + "/request-reschedule")
                .then().statusCode(200));
        after(() -> as(psm).body(Map.of("reason", "Tim dialihkan ke lokasi banjir"))
                .post("/api/v1/notices/" + unkeyed + "/cancel").then().statusCode(200));

        String caseId = after(() -> created(as(psm).header("Idempotency-Key", "case-" + key)
                .body(Cases.newCase(KOLO, "LANSIA_TELANTAR", Pillars.nik())), "/api/v1/cases"));
        after(() -> as(psm).header("Idempotency-Key", "note-" + key).body(Map.of("text", "Keluarga dihubungi."))
                .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201));
        after(() -> as(psm).header("If-Match", etag(psm, "/api/v1/cases/" + caseId)).body(Map.of("description", "Sudah pindah ke RT 004"))
                .patch("/api/v1/cases/" + caseId).then().statusCode(200));

        String contactId = after(() -> created(as(admin).body(Map.of("name", "Syamsuddin", "position", "KETUA_RT",
                "rw", 2, "rt", 3, "phone", Pillars.phone())), "/api/v1/areas/kelurahan/" + KOLO + "/contacts"));
        after(() -> as(admin).header("If-Match", "\"0\"").body(Map.of("name", "H. Syamsuddin"))
                .patch("/api/v1/contacts/" + contactId).then().statusCode(200));
        after(() -> as(admin).header("If-Match", etag(admin, "/api/v1/pillars/" + pillarId)).body(Map.of("email", "rahma@example.id"))
                .patch("/api/v1/pillars/" + pillarId).then().statusCode(200));
        after(() -> as(admin).body(Map.of("reason", "Pindah tugas ke Kabupaten Dompu", "transferredOut", true)).post("/api/v1/pillars/" + pillarId + "/deactivate")
                .then().statusCode(200));
        after(() -> as(admin).contentType("text/csv; charset=UTF-8")
                .body("fullName,type,gender,phone,kelurahanCodes\r\nImpor Idle,PSM,L," + Pillars.phone() + "," + KOLO + "\r\n")
                .post("/api/v1/pillars/import").then().statusCode(200).body("created", equalTo(1)));
        after(() -> as(lead).body(Map.of("currentPassword", PASSWORD, "newPassword", "kata-sandi-baru-2026"))
                .post("/api/v1/me/password").then().statusCode(204));
        after(() -> as(admin).body(Map.of("includeSigningKeys", false)).post("/api/v1/admin/backups").then()
                .statusCode("h2".equals(dbKind) ? 201 : 409));

        after(() -> as(officer).get("/api/v1/notices/" + keyed).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("description", equalTo("Diubah setelah sepi")));
        assertEquals("CANCELLED", as(psm).get("/api/v1/notices/" + unkeyed).then().extract().path("status"));
        assertTrue(gap.closedConnections() - closedBefore >= STEPS, "every step ran on connections opened anew");
    }

    /** Runs the step after an idle gap, with a second gap while it runs (a connection returned is closed). */
    private <T> T after(Supplier<T> step) {
        gap.pass();
        return step.get();
    }

    private void after(Runnable step) {
        after(() -> {
            step.run();
            return null;
        });
    }

    private static String created(RequestSpecification request, String path) {
        ValidatableResponse answer = request.post(path).then();
        return answer.statusCode(201).extract().path("id");
    }

    private static String etag(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String registeredPsm(String admin) {
        String username = "psm.idle." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Pillars.psm("Pilar Idle", KOLO));
        body.put("account", Map.of("username", username, "password", PASSWORD));
        as(admin).body(body).post("/api/v1/pillars").then().statusCode(201);
        return Accounts.login(username, PASSWORD).accessToken();
    }

    private static Instant start() {
        return Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    private static Map<String, Object> notice(String description) {
        return Map.of("kelurahanCode", KOLO, "rw", 2, "rt", 3, "plannedStart", start().toString(),
                "plannedEnd", start().plus(2, ChronoUnit.HOURS).toString(), "purpose", "HOME_VISIT",
                "description", description);
    }
}
