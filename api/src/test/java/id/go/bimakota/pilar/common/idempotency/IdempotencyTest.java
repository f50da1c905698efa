package id.go.bimakota.pilar.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.common.idempotency.IdempotentThingsResource.Gate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key contract of API.md, through real HTTP on a test-only resource. */
@QuarkusTest
class IdempotencyTest {

    static final String THINGS = "/test-only/idempotent/things";
    static final String REST_THINGS = "/test-only/idempotent/rest-things";
    static final String ANONYMOUS = IdempotencyInterceptor.ANONYMOUS_SCOPE;

    @Inject
    DataSource dataSource;
    IdempotencyRows rows;

    @BeforeEach
    void rows() {
        rows = new IdempotencyRows(dataSource);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static String body(String name) {
        return "{\"name\":\"" + name + "\",\"tags\":{\"a\":\"1\",\"b\":\"2\"}}";
    }

    static RequestSpecification keyed(String key) {
        return given().contentType(ContentType.JSON).header(Idempotent.KEY_HEADER, key);
    }

    static Response post(String key, String name) {
        return keyed(key).body(body(name)).post(THINGS);
    }

    @Test
    void sameKeyAndBodyRunOnceAndReplayTheFirstAnswer() {
        String name = unique("replay");
        String key = unique("key");
        Response first = keyed(key).body(body(name)).post(THINGS);
        first.then().statusCode(201).header(Idempotent.REPLAYED_HEADER, nullValue());
        // Same request, other whitespace and key order: still the same request.
        String reordered = "{ \"tags\": {\"b\": \"2\", \"a\": \"1\"},\n \"name\": \"" + name + "\" }";
        Response replay = keyed(key).body(reordered).post(THINGS);
        replay.then().statusCode(201).header(Idempotent.REPLAYED_HEADER, "true");

        assertEquals(1, IdempotentThingsResource.calls(name));
        assertEquals(first.asString(), replay.asString());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertTrue(first.header("Location").endsWith(first.jsonPath().getString("id")));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals(first.contentType(), replay.contentType());
        Map<String, Object> row = rows.find(ANONYMOUS, key);
        assertEquals("COMPLETED", row.get("state"));
        assertEquals(201, ((Number) row.get("status")).intValue());
    }

    @Test
    void businessWriteAndRecordCommitTogether() {
        String name = unique("write");
        String key = unique("key");
        IdempotentThingsResource.WRITE_PROBE.add(name);
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201);
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201).header(Idempotent.REPLAYED_HEADER, "true");
        assertNotNull(rows.find(IdempotentThingsResource.PROBE_SCOPE, name + "#1"));
        assertEquals("COMPLETED", rows.find(ANONYMOUS, key).get("state"));
        assertEquals(1, IdempotentThingsResource.calls(name));
    }

    @Test
    void restResponseMethodsReplayToo() {
        String name = unique("rest");
        String key = unique("key");
        Response first = keyed(key).body(body(name)).post(REST_THINGS);
        first.then().statusCode(201).body("name", equalTo(name));
        Response replay = keyed(key).body(body(name)).post(REST_THINGS);
        replay.then().statusCode(201).header(Idempotent.REPLAYED_HEADER, "true");
        assertEquals(first.asString(), replay.asString());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(1, IdempotentThingsResource.calls(name));
    }

    @Test
    void sameKeyWithAnotherRequestIs422() {
        String name = unique("reuse");
        String key = unique("key");
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201);

        keyed(key).body(body(name + "-changed")).post(THINGS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("status", equalTo(422))
                .body("instance", equalTo(THINGS));
        keyed(key).header("Accept-Language", "id").body(body(name)).post(REST_THINGS).then().statusCode(422)
                .body("title", equalTo("Kunci idempotensi dipakai ulang"));
        assertEquals(1, IdempotentThingsResource.calls(name));
    }

    @Test
    void withoutAKeyEveryCallRuns() {
        String name = unique("nokey");
        String first = given().contentType(ContentType.JSON).body(body(name)).post(THINGS)
                .then().statusCode(201).extract().path("id");
        String second = given().contentType(ContentType.JSON).body(body(name)).post(THINGS)
                .then().statusCode(201).header(Idempotent.REPLAYED_HEADER, nullValue()).extract().path("id");
        assertNotEquals(first, second);
        assertEquals(2, IdempotentThingsResource.calls(name));
    }

    @Test
    void invalidKeyIs400NamingTheHeader() {
        String name = unique("badkey");
        // Control characters other than tab cannot be sent by the HTTP client: IdempotencyKeyTest covers them.
        for (String key : List.of("", "k".repeat(256), "tab\there", "kunci-\u00e9")) {
            keyed(key).body(body(name)).post(THINGS).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo(Idempotent.KEY_HEADER));
        }
        given().contentType(ContentType.JSON).header(Idempotent.KEY_HEADER, "one")
                .header(Idempotent.KEY_HEADER, "two").body(body(name)).post(THINGS)
                .then().statusCode(400).body("errors[0].field", equalTo(Idempotent.KEY_HEADER));
        assertEquals(0, IdempotentThingsResource.calls(name));

        keyed("k".repeat(255)).body(body(name)).post(THINGS).then().statusCode(201);
        keyed(" !\"#az~" + UUID.randomUUID()).body(body(name)).post(THINGS).then().statusCode(201);
    }

    @Test
    void otherMethodsIgnoreTheKey() {
        given().header(Idempotent.KEY_HEADER, "k".repeat(300)).get(THINGS).then().statusCode(200);
    }

    @Test
    void invalidBodyIsRejectedBeforeTheKeyIsClaimed() {
        String key = unique("key");
        keyed(key).body("{\"name\":\"\"}").post(THINGS).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        assertNull(rows.find(ANONYMOUS, key));
        String name = unique("corrected");
        keyed(key).body(body(name)).post(THINGS).then().statusCode(201);
        assertEquals(1, IdempotentThingsResource.calls(name));
    }

    @Test
    void duplicateWhileTheFirstRunsIs409() throws Exception {
        String name = unique("inflight");
        String key = unique("key");
        Gate gate = Gate.closed();
        IdempotentThingsResource.GATES.put(name, gate);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(key, name));
        assertTrue(gate.entered().await(10, TimeUnit.SECONDS));

        Response duplicate = keyed(key).body(body(name)).post(THINGS);
        duplicate.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-in-progress"));
        int retryAfter = Integer.parseInt(duplicate.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);

        gate.release().countDown();
        Response done = first.get(10, TimeUnit.SECONDS);
        done.then().statusCode(201);
        Response replay = keyed(key).body(body(name)).post(THINGS);
        replay.then().statusCode(201).header(Idempotent.REPLAYED_HEADER, "true");
        assertEquals(done.asString(), replay.asString());
        assertEquals(1, IdempotentThingsResource.calls(name));
    }

    @Test
    void markerOfACrashedAttemptIsTakenOverWhenItsLeaseEnds() {
        String name = unique("crashed");
        String done = unique("key");
        keyed(done).body(body(name)).post(THINGS).then().statusCode(201);
        String fingerprint = (String) rows.find(ANONYMOUS, done).get("fingerprint");

        // The instance that ran this key died: its marker stays IN_PROGRESS with a lease that ran out.
        String orphan = unique("key");
        Instant now = Instant.now();
        rows.insert(ANONYMOUS, orphan, fingerprint, "IN_PROGRESS", now.minusSeconds(60), now.minusSeconds(1));
        keyed(orphan).body(body(name)).post(THINGS).then().statusCode(201)
                .header(Idempotent.REPLAYED_HEADER, nullValue());
        assertEquals(2, IdempotentThingsResource.calls(name));
        Map<String, Object> row = rows.find(ANONYMOUS, orphan);
        assertEquals("COMPLETED", row.get("state"));
        assertNotEquals("attempt-of-a-dead-instance", row.get("attempt_id"));

        // A marker whose lease still runs is left alone.
        String live = unique("key");
        rows.insert(ANONYMOUS, live, fingerprint, "IN_PROGRESS", now, now.plus(Duration.ofMinutes(1)));
        keyed(live).body(body(name)).post(THINGS).then().statusCode(409);
        assertEquals(2, IdempotentThingsResource.calls(name));
    }

    @Test
    void attemptThatLostItsLeaseIsUndoneAndTheTakeoverWins() throws Exception {
        String name = unique("slow");
        String key = unique("key");
        Gate gate = Gate.closed();
        IdempotentThingsResource.GATES.put(name, gate);
        IdempotentThingsResource.WRITE_PROBE.add(name);
        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(() -> post(key, name));
        assertTrue(gate.entered().await(10, TimeUnit.SECONDS));

        // The slow attempt outlives its lease; a retry takes the key over and completes.
        rows.setLeaseUntil(ANONYMOUS, key, Instant.now().minusSeconds(1));
        Response takeover = keyed(key).body(body(name)).post(THINGS);
        takeover.then().statusCode(201);

        gate.release().countDown();
        slow.get(10, TimeUnit.SECONDS).then().statusCode(409)
                .body("type", equalTo("/problems/idempotency-in-progress"));
        Response replay = keyed(key).body(body(name)).post(THINGS);
        replay.then().statusCode(201).header(Idempotent.REPLAYED_HEADER, "true");
        assertEquals(takeover.asString(), replay.asString());
        assertEquals(2, IdempotentThingsResource.calls(name));
        // Only the write of the attempt that owns the key is committed.
        assertNull(rows.find(IdempotentThingsResource.PROBE_SCOPE, name + "#1"));
        assertNotNull(rows.find(IdempotentThingsResource.PROBE_SCOPE, name + "#2"));
    }

    @Test
    void failedAttemptLeavesNoRecordSoTheRetryRuns() {
        Map<String, Integer> statusOfMode = Map.of("problem", 400, "response", 422, "crash", 500);
        statusOfMode.forEach((mode, status) -> {
            String name = unique("fail-" + mode);
            String key = unique("key");
            IdempotentThingsResource.FAIL_NEXT.put(name, mode);
            IdempotentThingsResource.WRITE_PROBE.add(name);
            keyed(key).body(body(name)).post(THINGS).then().statusCode(status);
            assertNull(rows.find(ANONYMOUS, key), mode);
            if (!"response".equals(mode)) { // a thrown failure rolls the method's own write back too
                assertNull(rows.find(IdempotentThingsResource.PROBE_SCOPE, name + "#1"), mode);
            }

            keyed(key).body(body(name)).post(THINGS).then().statusCode(201)
                    .header(Idempotent.REPLAYED_HEADER, nullValue());
            assertEquals(2, IdempotentThingsResource.calls(name), mode);
            assertNotNull(rows.find(ANONYMOUS, key), mode);
        });
    }
}
