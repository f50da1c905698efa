package id.go.bimakota.pilar.common.storage;

import static id.go.bimakota.pilar.support.Accounts.asAdmin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.bimakota.pilar.support.Pillars;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On H2, every answer of a request that committed something waits for a checkpoint of the store,
 * whatever its method and status; a request that only read does not. (The crash test,
 * CrashDurabilityIT, shows that the checkpoint is what keeps answered writes after a SIGKILL.)
 */
@QuarkusTest
class DurableAnswersTest {

    @Inject
    DurableAnswers durable;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @BeforeEach
    void onlyOnTheEmbeddedDatabase() {
        assumeTrue("h2".equals(dbKind), "PostgreSQL makes a commit durable by itself");
    }

    @Test
    void aCreationIsStoredBeforeItsAnswer() {
        long before = durable.checkpoints();
        Pillars.psm("52.72.03.1004");
        assertTrue(durable.checkpoints() > before, "the creation waited for the store");
    }

    @Test
    void aReadThatWritesAnAuditRowIsStoredBeforeItsAnswer() {
        String pillarId = Pillars.psm("52.72.03.1004").pillarId();
        asAdmin().get("/api/v1/pillars").then().statusCode(200);
        long before = durable.checkpoints();
        asAdmin().get("/api/v1/pillars/" + pillarId).then().statusCode(200); // a full NIK: audited as NIK_READ
        assertTrue(durable.checkpoints() > before, "a GET that wrote an audit row waits for the store");
    }

    @Test
    void aRefusedLoginIsCountedInTheFileBeforeItsAnswer() {
        long before = durable.checkpoints();
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "wrong-password"))
                .post("/api/v1/auth/token").then().statusCode(401);
        assertTrue(durable.checkpoints() > before, "the failed attempt that the login limit counts is stored");
    }

    @Test
    void aReadThatWritesNothingDoesNotWait() {
        long before = durable.checkpoints();
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/ppks-categories").then().statusCode(200);
        }
        assertEquals(before, durable.checkpoints());
    }
}
