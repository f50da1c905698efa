package id.go.bimakota.pilar.client;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Small helpers for scripted MockWebServer answers. */
final class Responses {

    private Responses() {
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse json(String body) {
        return json(200, body);
    }

    static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    static MockResponse tokens(String access, String refresh, long expiresIn) {
        return json("{\"accessToken\":\"" + access + "\",\"tokenType\":\"Bearer\",\"expiresIn\":" + expiresIn
                + ",\"refreshToken\":\"" + refresh + "\",\"user\":{\"id\":\"u-1\",\"username\":\"psm.kolo\","
                + "\"displayName\":\"Siti Aminah\",\"role\":\"PILLAR\",\"pillarId\":\"p-1\",\"kelurahanCode\":null}}");
    }

    static MockResponse unauthorized() {
        return FakePilarServer.problem(401, "/problems/unauthorized", "Token tidak berlaku", null);
    }

    static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request arrived");
        }
        return request;
    }

    static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }
}
