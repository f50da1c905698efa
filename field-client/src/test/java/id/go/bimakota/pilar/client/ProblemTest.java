package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Responses.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.client.model.FieldError;
import id.go.bimakota.pilar.client.model.Problem;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {

    private final MockWebServer server = new MockWebServer();
    private PilarClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = PilarClient.builder().baseUrl(server.url("/").toString()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aValidationProblemNamesEveryFieldInTheServicesLanguage() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/problem+json")
                .body("""
                        {"type":"/problems/validation","title":"Permintaan tidak valid","status":400,
                         "detail":"2 isian tidak valid","instance":"/api/v1/notices","requestId":"5f0c9a1e",
                         "errors":[{"field":"kelurahanCode","message":"Kode kelurahan tidak dikenal"},
                                   {"field":"plannedEnd","message":"Harus setelah waktu mulai"}]}""").build());

        PilarApiException e = assertThrows(PilarApiException.class, () -> client.notices().get("x"));

        assertEquals(400, e.status());
        assertEquals("/problems/validation", e.problemType());
        assertEquals("Permintaan tidak valid", e.title());
        assertEquals("2 isian tidak valid", e.detail());
        assertEquals("5f0c9a1e", e.requestId());
        assertEquals(List.of(new FieldError("kelurahanCode", "Kode kelurahan tidak dikenal"),
                new FieldError("plannedEnd", "Harus setelah waktu mulai")), e.fieldErrors());
        assertTrue(e.getMessage().contains("kelurahanCode: Kode kelurahan tidak dikenal"), e.getMessage());
        assertFalse(e.isRetryable());
        assertFalse(e.isNetworkError());
    }

    @Test
    void problemSpecificMembersAreKept() {
        server.enqueue(json(409, """
                {"type":"/problems/invalid-state","title":"Aksi tidak diizinkan","status":409,
                 "currentState":"COMPLETED","allowedActions":[]}"""));

        PilarApiException e = assertThrows(PilarApiException.class, () -> client.notices().cancel("n-1", "batal"));

        Map<String, Object> extensions = e.problem().orElseThrow().extensions();
        assertEquals("COMPLETED", extensions.get("currentState"));
        assertEquals(List.of(), extensions.get("allowedActions"));
        assertFalse(e.isRetryable());
    }

    @Test
    void anAnswerThatIsNoProblemStillBecomesOne() {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html>Bad Gateway</html>").build());

        PilarApiException e = assertThrows(PilarApiException.class, () -> client.notices().get("x"));

        assertEquals(502, e.status());
        assertEquals("about:blank", e.problemType());
        assertTrue(e.isRetryable());
    }

    @Test
    void anUnreachableServiceIsANetworkError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (PilarClient offline = PilarClient.builder().baseUrl("http://127.0.0.1:" + port).build()) {
            PilarApiException e = assertThrows(PilarApiException.class, () -> offline.areas().listKecamatan());

            assertTrue(e.isNetworkError());
            assertTrue(e.isRetryable());
            assertEquals(0, e.status());
            assertNull(e.problemType());
            assertTrue(e.getCause() instanceof IOException);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "408, /problems/timeout, true",
        "429, /problems/too-many-requests, true",
        "500, /problems/internal, true",
        "503, /problems/unavailable, true",
        "409, /problems/idempotency-in-progress, true",
        "409, /problems/conflict, false",
        "400, /problems/validation, false",
        "403, /problems/forbidden, false",
        "404, /problems/not-found, false",
        "412, /problems/precondition-failed, false",
        "422, /problems/idempotency-key-reused, false"})
    void retryableAreNetworkErrors408And429And5xxAndAKeyStillInProgress(int status, String type, boolean retryable) {
        Problem problem = new Problem(type, "t", status, null, null, null, null, null);
        assertEquals(retryable, new PilarApiException(problem, null).isRetryable());
    }

    @Test
    void retryAfterIsReadInSecondsAndAsADate() {
        server.enqueue(new MockResponse.Builder(FakePilarServer.problem(429, "/problems/too-many-requests", "Terlalu banyak", null))
                .addHeader("Retry-After", "120").build());
        server.enqueue(new MockResponse.Builder(FakePilarServer.problem(503, "/problems/unavailable", "Sibuk", null))
                .addHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT").build());

        PilarApiException seconds = assertThrows(PilarApiException.class, () -> client.notices().get("x"));
        PilarApiException date = assertThrows(PilarApiException.class, () -> client.notices().get("x"));

        assertEquals(Duration.ofSeconds(120), seconds.retryAfter().orElseThrow());
        assertEquals(Duration.ZERO, date.retryAfter().orElseThrow(), "a date in the past means now");
    }

    @Test
    void aProblemSurvivesBeingStoredWithAnOutboxItem() throws Exception {
        ObjectMapper mapper = Json.mapper();
        Problem problem = new Problem("/problems/invalid-state", "Aksi tidak diizinkan", 409, null, null, "r1",
                List.of(new FieldError("action", "x")), Map.of("allowedActions", List.of("cancel")));

        Problem back = mapper.readValue(mapper.writeValueAsString(problem), Problem.class);

        assertEquals(problem, back);
        assertFalse(mapper.writeValueAsString(problem).contains("extensions"));
    }
}
