package id.go.bimakota.pilar.client;

import static id.go.bimakota.pilar.client.Responses.body;
import static id.go.bimakota.pilar.client.Responses.json;
import static id.go.bimakota.pilar.client.Responses.take;
import static id.go.bimakota.pilar.client.Responses.tokens;
import static id.go.bimakota.pilar.client.Responses.unauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.PilarService.LoginRequest;
import id.go.bimakota.pilar.client.PilarService.RefreshRequest;
import id.go.bimakota.pilar.client.PilarService.TokenResponse;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NewPillar;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import id.go.bimakota.pilar.client.model.Role;
import id.go.bimakota.pilar.client.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {

    private static final String PASSWORD = "rahasia-kolo-2026";
    private static final String NOTICE = "{\"id\":\"n-1\",\"number\":\"KL-2026-000001\",\"status\":\"SUBMITTED\"}";

    private final MockWebServer server = new MockWebServer();
    private PilarClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = PilarClient.builder().baseUrl(server.url("/").toString()).credentials("psm.kolo", PASSWORD).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void logoutRevokesTheSessionWithItsOwnTokenAndNeverLogsInFirst() throws Exception {
        server.enqueue(tokens("a1", "r1", 3600));
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

        client.auth().login();
        client.auth().logout();
        client.auth().logout(); // not logged in any more: nothing to send

        take(server);
        RecordedRequest logout = take(server);
        assertEquals("/api/v1/auth/logout", logout.getUrl().encodedPath());
        assertEquals("Bearer a1", logout.getHeaders().get("Authorization"));
        assertEquals("{\"refreshToken\":\"r1\"}", body(logout));
        assertEquals(2, server.getRequestCount());
        assertTrue(client.auth().currentUser().isEmpty());
    }

    @Test
    void logoutWithAnExpiredAccessTokenRefreshesOnceToRevokeTheSession() throws Exception {
        server.enqueue(tokens("a1", "r1", 3600));
        server.enqueue(unauthorized());
        server.enqueue(tokens("a2", "r2", 3600));
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());

        client.auth().login();
        client.auth().logout();

        take(server);
        assertEquals("Bearer a1", take(server).getHeaders().get("Authorization"));
        RecordedRequest refresh = take(server);
        assertEquals("/api/v1/auth/refresh", refresh.getUrl().encodedPath());
        assertEquals("{\"refreshToken\":\"r1\"}", body(refresh));
        RecordedRequest logout = take(server);
        assertEquals("/api/v1/auth/logout", logout.getUrl().encodedPath());
        assertEquals("Bearer a2", logout.getHeaders().get("Authorization"));
        assertEquals("{\"refreshToken\":\"r2\"}", body(logout));
        assertEquals(4, server.getRequestCount(), "never a login on the way out");
    }

    @Test
    void logsInOnFirstUseAndThenSendsTheToken() throws Exception {
        server.enqueue(tokens("a1", "r1", 3600));
        server.enqueue(json(NOTICE));
        server.enqueue(json(NOTICE));

        client.notices().get("n-1");
        client.notices().get("n-1");

        RecordedRequest login = take(server);
        assertEquals("/api/v1/auth/token", login.getUrl().encodedPath());
        assertEquals("{\"username\":\"psm.kolo\",\"password\":\"" + PASSWORD + "\"}", body(login));
        assertNull(login.getHeaders().get("Authorization"));
        for (int i = 0; i < 2; i++) {
            RecordedRequest call = take(server);
            assertEquals("/api/v1/notices/n-1", call.getUrl().encodedPath());
            assertEquals("Bearer a1", call.getHeaders().get("Authorization"));
            assertEquals("id", call.getHeaders().get("Accept-Language"));
        }
        User user = client.auth().currentUser().orElseThrow();
        assertEquals(Role.PILLAR, user.role());
        assertEquals("p-1", user.pillarId());
    }

    @Test
    void on401RefreshesOnceAndRepeatsTheRequestWithTheSameIdempotencyKey() throws Exception {
        server.enqueue(tokens("a1", "r1", 3600));
        server.enqueue(unauthorized());
        server.enqueue(tokens("a2", "r2", 3600));
        server.enqueue(json(201, NOTICE));

        assertEquals("KL-2026-000001", client.notices().create(newNotice()).number());

        take(server);
        RecordedRequest first = take(server);
        RecordedRequest refresh = take(server);
        RecordedRequest repeated = take(server);
        assertEquals("/api/v1/auth/refresh", refresh.getUrl().encodedPath());
        assertEquals("{\"refreshToken\":\"r1\"}", body(refresh));
        assertEquals("Bearer a2", repeated.getHeaders().get("Authorization"));
        assertNotNull(first.getHeaders().get("Idempotency-Key"));
        assertEquals(first.getHeaders().get("Idempotency-Key"), repeated.getHeaders().get("Idempotency-Key"));
        assertEquals(body(first), body(repeated));
    }

    @Test
    void failsClearlyWhenTheRenewedTokenIsRejectedToo() throws Exception {
        server.enqueue(tokens("a1", "r1", 3600));
        server.enqueue(unauthorized());
        server.enqueue(tokens("a2", "r2", 3600));
        server.enqueue(unauthorized());

        PilarApiException e = assertThrows(PilarApiException.class, () -> client.notices().get("n-1"));

        assertEquals(401, e.status());
        assertEquals("Token tidak berlaku", e.title());
        assertFalse(e.isRetryable());
        assertEquals(4, server.getRequestCount(), "one refresh, one repeat, no more");
    }

    @Test
    void refreshesAnExpiredTokenBeforeTheCall() throws Exception {
        server.enqueue(tokens("a1", "r1", 0));
        server.enqueue(json(NOTICE));
        server.enqueue(tokens("a2", "r2", 3600));
        server.enqueue(json(NOTICE));

        client.notices().get("n-1");
        client.notices().get("n-1");

        take(server);
        assertEquals("Bearer a1", take(server).getHeaders().get("Authorization"));
        assertEquals("{\"refreshToken\":\"r1\"}", body(take(server)));
        assertEquals("Bearer a2", take(server).getHeaders().get("Authorization"));
    }

    @Test
    void logsInAgainWhenTheRefreshTokenIsRejected() throws Exception {
        server.enqueue(tokens("a1", "r1", 0));
        server.enqueue(json(NOTICE));
        server.enqueue(unauthorized());
        server.enqueue(tokens("a2", "r2", 3600));
        server.enqueue(json(NOTICE));

        client.notices().get("n-1");
        client.notices().get("n-1");

        take(server);
        take(server);
        assertEquals("/api/v1/auth/refresh", take(server).getUrl().encodedPath());
        assertEquals("/api/v1/auth/token", take(server).getUrl().encodedPath());
        assertEquals("Bearer a2", take(server).getHeaders().get("Authorization"));
    }

    @Test
    void referenceDataNeedsNoLogin() throws Exception {
        server.enqueue(json("{\"items\":[{\"code\":\"52.72.03\",\"name\":\"Asakota\",\"kelurahanCount\":8}],"
                + "\"nextCursor\":null}"));

        assertEquals("Asakota", client.areas().listKecamatan().get(0).name());

        RecordedRequest request = take(server);
        assertNull(request.getHeaders().get("Authorization"));
        assertNull(request.getHeaders().get(AuthInterceptor.NO_AUTH_HEADER));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aWrongPasswordFailsWithTheServicesOwnWords() {
        server.enqueue(FakePilarServer.problem(401, "/problems/unauthorized", "Nama pengguna atau kata sandi salah",
                null));

        PilarApiException e = assertThrows(PilarApiException.class, () -> client.auth().login());

        assertEquals(401, e.status());
        assertEquals("Nama pengguna atau kata sandi salah", e.title());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void concurrentCallsLogInOnlyOnce() throws Exception {
        server.enqueue(tokens("a1", "r1", 3600));
        for (int i = 0; i < 8; i++) {
            server.enqueue(json(NOTICE));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> client.notices().get("n-1").id());
            }
            for (Future<String> result : threads.invokeAll(calls)) {
                assertEquals("n-1", result.get());
            }
        } finally {
            threads.shutdown();
        }
        long logins = 0;
        for (int i = 0; i < 9; i++) {
            logins += take(server).getUrl().encodedPath().equals("/api/v1/auth/token") ? 1 : 0;
        }
        assertEquals(1, logins);
    }

    @Test
    void asksForTheChosenLanguage() throws Exception {
        try (PilarClient english = PilarClient.builder().baseUrl(server.url("/").toString()).language("en").build()) {
            server.enqueue(json("{\"items\":[],\"nextCursor\":null}"));
            english.areas().listKecamatan();
            assertEquals("en", take(server).getHeaders().get("Accept-Language"));
        }
    }

    @Test
    void secretsStayOutOfEveryString() {
        String password = "sangat-rahasia-99";
        String token = "eyJhbGciOiJSUzI1NiJ9.secret";
        List<String> printed = List.of(
                new LoginRequest("psm.kolo", password).toString(),
                new RefreshRequest(token).toString(),
                new TokenResponse(token, "Bearer", 3600, token, null).toString(),
                NewPillar.builder().fullName("Ahmad").nik("5272014501900001").account("ahmad", password).build()
                        .toString());
        for (String text : printed) {
            assertFalse(text.contains(password), text);
            assertFalse(text.contains(token), text);
            assertFalse(text.contains("5272014501900001"), text);
        }
        assertTrue(printed.get(3).contains("5272**********01"));
    }

    private static NewNotice newNotice() {
        Instant start = Instant.parse("2026-12-01T01:00:00Z");
        return NewNotice.builder().kelurahanCode("52.72.03.1004").rw(2).rt(3).plannedStart(start)
                .plannedEnd(start.plusSeconds(7200)).purpose(NoticePurpose.HOME_VISIT).description("Kunjungan").build();
    }
}
