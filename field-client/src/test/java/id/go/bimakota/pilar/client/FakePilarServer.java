package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A small stand-in for the Pilar Bima service, with its idempotency rules, for tests of the
 * outbox: logins, notices, cases and notes, plus scripted faults. The api module's contract tests run
 * the same client against the real service.
 */
final class FakePilarServer extends Dispatcher implements AutoCloseable {

    static final String USERNAME = "psm.kolo";
    static final String PASSWORD = "rahasia-kolo-2026";

    private final ObjectMapper mapper = Json.mapper();
    private final MockWebServer server = new MockWebServer();
    private final Map<String, ObjectNode> notices = new HashMap<>();
    private final Map<String, ObjectNode> cases = new HashMap<>();
    private final Map<String, Replay> replays = new HashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private String accessToken;
    private String refreshToken;
    private int logins;
    private int replayed;
    private long responseDelayMillis;

    private record Replay(String body, MockResponse response) {
    }

    private record Fault(Predicate<RecordedRequest> applies, MockResponse response, boolean afterProcessing) {
    }

    FakePilarServer() throws IOException {
        server.setDispatcher(this);
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** Starts on a given port, to bring a "stopped" service back where clients expect it. */
    FakePilarServer(int port) throws IOException {
        server.setDispatcher(this);
        server.start(InetAddress.getByName("127.0.0.1"), port);
    }

    String url() {
        return server.url("/").toString();
    }

    int port() {
        return server.getPort();
    }

    /** The next request that {@code applies} gets {@code response} instead of being processed. */
    synchronized void failNext(Predicate<RecordedRequest> applies, MockResponse response) {
        faults.add(new Fault(applies, response, false));
    }

    /** The next request that {@code applies} is processed, but the connection drops before the answer. */
    synchronized void dropAnswerOfNext(Predicate<RecordedRequest> applies) {
        faults.add(new Fault(applies, new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build(), true));
    }

    /** Slows every answer down, to widen the window of races and crashes. */
    synchronized void delayAnswers(long millis) {
        responseDelayMillis = millis;
    }

    synchronized int noticeCount() {
        return notices.size();
    }

    synchronized int caseCount() {
        return cases.size();
    }

    synchronized ObjectNode notice(String id) {
        return notices.get(id);
    }

    synchronized int logins() {
        return logins;
    }

    /** How many POSTs were answered from the idempotency store. */
    synchronized int replayed() {
        return replayed;
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    static Predicate<RecordedRequest> post(String path) {
        return request -> "POST".equals(request.getMethod()) && request.getUrl().encodedPath().equals(path);
    }

    static Predicate<RecordedRequest> postEndingWith(String suffix) {
        return request -> "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith(suffix);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        long delay;
        MockResponse response;
        synchronized (this) {
            delay = responseDelayMillis;
            requests.add(request);
            response = answer(request);
        }
        if (delay > 0) {
            Thread.sleep(delay);
        }
        return response;
    }

    private MockResponse answer(RecordedRequest request) {
        Fault fault = faults.stream().filter(f -> f.applies().test(request)).findFirst().orElse(null);
        if (fault != null) {
            faults.remove(fault);
            if (fault.afterProcessing()) {
                authorizedAnswer(request);
            }
            return fault.response();
        }
        String path = request.getUrl().encodedPath();
        if (path.equals("/api/v1/auth/token")) {
            return login(json(request));
        }
        if (path.equals("/api/v1/auth/refresh")) {
            return refresh(json(request));
        }
        return authorizedAnswer(request);
    }

    private MockResponse authorizedAnswer(RecordedRequest request) {
        if (accessToken == null || !("Bearer " + accessToken).equals(request.getHeaders().get("Authorization"))) {
            return problem(401, "/problems/unauthorized", "Belum masuk", null);
        }
        String key = request.getHeaders().get("Idempotency-Key");
        if (!"POST".equals(request.getMethod()) || key == null) {
            return route(request);
        }
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        Replay earlier = replays.get(key);
        if (earlier != null) {
            if (!earlier.body().equals(body)) {
                return problem(422, "/problems/idempotency-key-reused", "Kunci idempotensi sudah dipakai", null);
            }
            replayed++;
            return new MockResponse.Builder(earlier.response()).addHeader("Idempotent-Replayed", "true").build();
        }
        MockResponse response = route(request);
        replays.put(key, new Replay(body, response));
        return response;
    }

    private MockResponse route(RecordedRequest request) {
        String[] path = request.getUrl().encodedPath().substring("/api/v1/".length()).split("/");
        if (path.length == 1 && path[0].equals("notices")) {
            return createNotice(json(request));
        }
        if (path.length == 3 && path[0].equals("notices")) {
            return noticeAction(path[1], path[2], json(request));
        }
        if (path.length == 1 && path[0].equals("cases")) {
            return createCase(json(request));
        }
        if (path.length == 3 && path[0].equals("cases") && path[2].equals("notes")) {
            return addNote(path[1], json(request));
        }
        return problem(404, "/problems/not-found", "Tidak ditemukan", null);
    }

    private MockResponse login(JsonNode body) {
        if (!USERNAME.equals(body.path("username").asText()) || !PASSWORD.equals(body.path("password").asText())) {
            return problem(401, "/problems/unauthorized", "Nama pengguna atau kata sandi salah", null);
        }
        logins++;
        return tokens();
    }

    private MockResponse refresh(JsonNode body) {
        if (refreshToken == null || !refreshToken.equals(body.path("refreshToken").asText())) {
            return problem(401, "/problems/unauthorized", "Token penyegaran tidak berlaku", null);
        }
        return tokens();
    }

    private MockResponse tokens() {
        accessToken = "access-" + UUID.randomUUID();
        refreshToken = "refresh-" + UUID.randomUUID();
        ObjectNode body = mapper.createObjectNode()
                .put("accessToken", accessToken)
                .put("tokenType", "Bearer")
                .put("expiresIn", 3600)
                .put("refreshToken", refreshToken);
        body.putObject("user").put("id", "7d1f3c3e-0000-4000-8000-000000000001").put("username", USERNAME)
                .put("displayName", "Siti Aminah").put("role", "PILLAR")
                .put("pillarId", "7d1f3c3e-0000-4000-8000-0000000000aa").putNull("kelurahanCode");
        return json(200, body);
    }

    private MockResponse createNotice(JsonNode body) {
        if (!body.path("kelurahanCode").asText().matches("52\\.72\\.0[1-5]\\.10\\d\\d")) {
            return problem(400, "/problems/validation", "Permintaan tidak valid",
                    Map.of("kelurahanCode", "Kode kelurahan tidak dikenal"));
        }
        ObjectNode notice = ((ObjectNode) body.deepCopy())
                .put("id", UUID.randomUUID().toString())
                .put("number", String.format("KL-2026-%06d", notices.size() + 1))
                .put("status", "SUBMITTED")
                .put("version", 1);
        notices.put(notice.get("id").asText(), notice);
        return json(201, notice);
    }

    private MockResponse noticeAction(String id, String action, JsonNode body) {
        ObjectNode notice = notices.get(id);
        if (notice == null) {
            return problem(404, "/problems/not-found", "Pemberitahuan tidak ditemukan", null);
        }
        switch (action) {
            case "complete" -> notice.put("status", "COMPLETED").set("visitReport", body);
            case "acknowledge" -> notice.put("status", "ACKNOWLEDGED").set("acknowledgement", body);
            case "cancel" -> notice.put("status", "CANCELLED").put("cancelReason", body.path("reason").asText());
            default -> {
                return problem(404, "/problems/not-found", "Tidak ditemukan", null);
            }
        }
        notice.put("version", notice.get("version").asLong() + 1);
        return json(200, notice);
    }

    private MockResponse createCase(JsonNode body) {
        ObjectNode created = ((ObjectNode) body.deepCopy())
                .put("id", UUID.randomUUID().toString())
                .put("number", String.format("PPKS-2026-%06d", cases.size() + 1))
                .put("status", "REPORTED")
                .put("version", 1);
        cases.put(created.get("id").asText(), created);
        return json(201, created);
    }

    private MockResponse addNote(String caseId, JsonNode body) {
        if (!cases.containsKey(caseId)) {
            return problem(404, "/problems/not-found", "Kasus tidak ditemukan", null);
        }
        ObjectNode note = mapper.createObjectNode().put("id", UUID.randomUUID().toString()).put("type", "NOTE")
                .put("note", body.path("text").asText());
        return json(201, note);
    }

    private JsonNode json(RecordedRequest request) {
        try {
            return request.getBody() == null || request.getBody().size() == 0 ? mapper.createObjectNode()
                    : mapper.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockResponse json(int status, JsonNode body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(body.toString()).build();
    }

    static MockResponse problem(int status, String type, String title, Map<String, String> fieldErrors) {
        StringBuilder errors = new StringBuilder();
        if (fieldErrors != null) {
            fieldErrors.forEach((field, message) -> errors.append(errors.length() == 0 ? "" : ",")
                    .append("{\"field\":\"").append(field).append("\",\"message\":\"").append(message).append("\"}"));
        }
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"requestId\":\"req-" + status + "\",\"errors\":[" + errors + "]}";
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/problem+json")
                .body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
