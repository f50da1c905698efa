package id.go.bimakota.pilar.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A caller of the real HTTP API of a {@link ServiceProcess}, logged in with a bearer token. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The administrator of every process test (PostgreSQL tests share one database, so one password). */
    static final String ADMIN_PASSWORD = "uji-proses-pilar-2026";
    /** HTTP/1.1, as field apps speak it (no h2c upgrade on every new connection). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** Generous: a freshly started process on a busy machine answers its first requests slowly. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ServiceProcess service;
    private final String token;

    private Api(ServiceProcess service, String token) {
        this.service = service;
        this.token = token;
    }

    static Api login(ServiceProcess service, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(json(service.uri("/api/v1/auth/token"), null,
                Map.of("username", username, "password", password)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + answer.statusCode() + " " + answer.body());
        }
        return new Api(service, JSON.readTree(answer.body()).get("accessToken").asText());
    }

    static Api admin(ServiceProcess service) throws IOException, InterruptedException {
        return login(service, "admin", ADMIN_PASSWORD);
    }

    String token() {
        return token;
    }

    /** The same caller (token) against another process, e.g. after a restart or on a second instance. */
    Api on(ServiceProcess other) {
        return new Api(other, token);
    }

    HttpResponse<String> post(String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = json(service.uri(path), token, body);
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(service.uri(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A 2xx answer's JSON body; anything else fails the test with the answer. */
    JsonNode ok(HttpResponse<String> answer) throws IOException {
        if (answer.statusCode() / 100 != 2) {
            throw new AssertionError(answer.request().method() + " " + answer.uri() + " -> " + answer.statusCode()
                    + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** Every item of a cursor-paged list ({@code path} may carry a query). */
    List<JsonNode> all(String path) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            JsonNode page = ok(get(path + separator + "limit=200" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }

    /** A new active PSM of the kelurahan, to lead notices; returns its id. */
    String newPillar(String kelurahanCode) throws IOException, InterruptedException {
        String phone = "+62812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return ok(post("/api/v1/pillars", Map.of("fullName", "Pilar Uji Proses", "type", "PSM", "gender", "P",
                "phone", phone, "kelurahanCodes", List.of(kelurahanCode)), Map.of())).get("id").asText();
    }

    private static HttpRequest.Builder json(URI uri, String token, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
