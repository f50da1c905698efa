package id.go.bimakota.pilar.reliability;

import static id.go.bimakota.pilar.support.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.support.Accounts;
import id.go.bimakota.pilar.support.AtOnce;
import id.go.bimakota.pilar.support.Cases;
import id.go.bimakota.pilar.support.Pillars;
import id.go.bimakota.pilar.support.Pillars.Member;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients doing the same thing at the same instant, through the real HTTP API: state changes
 * and versioned writes let exactly one through, an idempotency key creates once, and human numbers
 * never collide. Every request waits on one latch, so they truly overlap.
 */
@QuarkusTest
class RaceTest {

    static final String KOLO = "52.72.03.1004";
    static final int CLIENTS = 32;

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Member psm;

    @BeforeEach
    void lead() {
        psm = Pillars.psm(KOLO);
    }

    @Test
    void thirtyTwoAcknowledgementsOfOneNoticeSucceedOnce() throws Exception {
        String id = newNotice();
        String officer = Accounts.newUser("KELURAHAN", KOLO).accessToken();
        List<HttpResponse<String>> answers = atOnce(CLIENTS, i -> post(officer, "/api/v1/notices/" + id + "/acknowledge",
                Map.of("acknowledgedBy", "Petugas " + i + ", Kelurahan Kolo")));

        assertEquals(Map.of(200, 1, 409, CLIENTS - 1), statuses(answers));
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().body();
        JsonNode stored = read(as(officer).get("/api/v1/notices/" + id).then().statusCode(200).extract().asString());
        assertEquals(read(winner).at("/acknowledgement/acknowledgedBy"), stored.at("/acknowledgement/acknowledgedBy"),
                "the stored acknowledgement is the one that was answered 200");
        assertEquals(1, stored.get("history").findValuesAsText("action").stream().filter("acknowledge"::equals).count());
    }

    @Test
    void thirtyTwoPatchesWithOneIfMatchSucceedOnce() throws Exception {
        String id = newNotice();
        String etag = as(psm.token()).get("/api/v1/notices/" + id).then().statusCode(200).extract().header("ETag");
        List<HttpResponse<String>> answers = atOnce(CLIENTS, i -> request(psm.token(), "/api/v1/notices/" + id)
                .header("If-Match", etag).method("PATCH", json(Map.of("description", "Versi " + i))).build());

        assertEquals(Map.of(200, 1, 412, CLIENTS - 1), statuses(answers));
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().body();
        JsonNode stored = read(as(psm.token()).get("/api/v1/notices/" + id).then().statusCode(200).extract().asString());
        assertEquals(read(winner).get("description"), stored.get("description"));
        assertEquals(read(winner).get("version"), stored.get("version"));
    }

    @Test
    void thirtyTwoPostsWithOneIdempotencyKeyCreateOneNotice() throws Exception {
        String key = "race-" + UUID.randomUUID();
        String marker = "Kunjungan serentak " + key;
        Map<String, Object> body = notice(marker);
        List<HttpResponse<String>> answers = atOnce(CLIENTS, i -> request(psm.token(), "/api/v1/notices")
                .header("Idempotency-Key", key).POST(json(body)).build());

        Map<Integer, Integer> statuses = statuses(answers);
        assertTrue(Set.of(201, 409).containsAll(statuses.keySet()), "only created, replayed or in progress: " + statuses);
        List<HttpResponse<String>> created = answers.stream().filter(r -> r.statusCode() == 201).toList();
        assertEquals(1, created.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty()).count(),
                "exactly one answer is the creation, the other 201s are replays");
        assertEquals(1, created.stream().map(r -> read(r.body()).get("id")).distinct().count());
        long stored = as(psm.token()).queryParam("pillar", psm.pillarId()).queryParam("limit", 200)
                .get("/api/v1/notices").then().statusCode(200).extract().jsonPath()
                .getList("items.description", String.class).stream().filter(marker::equals).count();
        assertEquals(1, stored, "one notice exists for the key");
    }

    @Test
    void twoHundredConcurrentCreationsGetTwoHundredDistinctNumbers() throws Exception {
        int each = 100;
        List<HttpResponse<String>> answers = atOnce(2 * each, i -> i % 2 == 0
                ? post(psm.token(), "/api/v1/cases", Cases.newCase(KOLO, "FAKIR_MISKIN", null))
                : post(psm.token(), "/api/v1/notices", notice("Kunjungan " + i)));

        assertEquals(Map.of(201, 2 * each), statuses(answers));
        Set<String> numbers = answers.stream().map(r -> read(r.body()).get("number").asText()).collect(Collectors.toSet());
        assertEquals(2 * each, numbers.size(), "every case and notice has its own number");
        assertEquals(each, numbers.stream().filter(n -> n.startsWith("PPKS-")).count());
        assertEquals(each, numbers.stream().filter(n -> n.startsWith("KL-")).count());
    }

    // ---------------------------------------------------------------------------------------------

    /** Sends n requests at the same instant. */
    private List<HttpResponse<String>> atOnce(int n, Function<Integer, HttpRequest> requests) throws Exception {
        return AtOnce.run(n, i -> {
            HttpRequest request = requests.apply(i);
            return () -> http.send(request, HttpResponse.BodyHandlers.ofString());
        });
    }

    private static Map<Integer, Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.toMap(HttpResponse::statusCode, r -> 1, Integer::sum, TreeMap::new));
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private HttpRequest post(String token, String path, Object body) {
        return request(token, path).POST(json(body)).build();
    }

    private HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> notice(String description) {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        return Map.of("kelurahanCode", KOLO, "plannedStart", start.toString(),
                "plannedEnd", start.plus(2, ChronoUnit.HOURS).toString(), "purpose", "HOME_VISIT",
                "description", description);
    }

    private String newNotice() {
        return as(psm.token()).body(notice("Kunjungan uji")).post("/api/v1/notices").then().statusCode(201).extract()
                .jsonPath().getString("id");
    }
}
