package id.go.bimakota.pilar.common.idempotency;

import static id.go.bimakota.pilar.common.idempotency.IdempotencyTest.body;
import static id.go.bimakota.pilar.common.idempotency.IdempotencyTest.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.support.AtOnce;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many copies of one keyed request at the same moment: one runs, the others wait their turn or replay. */
@QuarkusTest
class IdempotencyConcurrencyTest {

    static final int CLIENTS = 32;

    @TestHTTPResource(IdempotencyTest.THINGS)
    URI things;

    @Test
    void thirtyTwoConcurrentCopiesRunOnce() throws Exception {
        String name = unique("storm");
        String key = unique("key");
        IdempotentThingsResource.DELAYS.put(name, 200L); // long enough for the copies to overlap
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(things).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header(Idempotent.KEY_HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(body(name))).build();

        List<HttpResponse<String>> responses = sendAtOnce(client, request);

        assertEquals(1, IdempotentThingsResource.calls(name));
        List<HttpResponse<String>> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        long executed = created.stream().filter(r -> r.headers().firstValue(Idempotent.REPLAYED_HEADER).isEmpty())
                .count();
        assertEquals(1, executed, "exactly one answer is not a replay");
        assertEquals(1, created.stream().map(HttpResponse::body).distinct().count(), "replays equal the first answer");
        Set<Integer> statuses = responses.stream().map(HttpResponse::statusCode).collect(Collectors.toSet());
        assertTrue(Set.of(201, 409).containsAll(statuses), "only 201 and 409, got " + statuses);

        // Once it is done, every copy is a replay of that one answer.
        List<HttpResponse<String>> replays = sendAtOnce(client, request);
        assertTrue(replays.stream().allMatch(r -> r.statusCode() == 201
                && r.headers().firstValue(Idempotent.REPLAYED_HEADER).orElse("").equals("true")
                && r.body().equals(created.get(0).body())));
        assertEquals(1, IdempotentThingsResource.calls(name));
    }

    private static List<HttpResponse<String>> sendAtOnce(HttpClient client, HttpRequest request) throws Exception {
        return AtOnce.run(CLIENTS, i -> () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    }
}
