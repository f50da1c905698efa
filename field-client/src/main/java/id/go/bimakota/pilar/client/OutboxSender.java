package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.client.OutboxItem.Kind;
import id.go.bimakota.pilar.client.model.Problem;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Sends one outbox item and says what became of it. */
final class OutboxSender {

    private static final MediaType JSON = MediaType.get("application/json");

    /** What one attempt at an item came to. */
    sealed interface Outcome {
    }

    /** Applied; {@code number} is null for things without a human number, such as notes. */
    record Sent(String serverId, String serverNumber) implements Outcome {
    }

    /** The service answered with a problem about this item; an answer always carries one. */
    record Refused(PilarApiException failure) implements Outcome {

        Problem problem() {
            return failure.problem().orElseThrow(() -> new IllegalStateException("an answer without a problem"));
        }

        /** 5xx, 408, 429 or an idempotency key still in progress: try again at the next flush. */
        boolean retryable() {
            return failure.isRetryable();
        }

        Optional<Duration> retryAfter() {
            return failure.retryAfter();
        }
    }

    /** Nothing can get through right now: no network, or the login itself failed. */
    record Stopped(PilarApiException reason) implements Outcome {
    }

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final ObjectMapper mapper;
    private final Http http;

    /** {@code client} must authenticate its calls. */
    OutboxSender(OkHttpClient client, HttpUrl baseUrl, ObjectMapper mapper, Http http) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.mapper = mapper;
        this.http = http;
    }

    Outcome send(Kind kind, String target, JsonNode body, String idempotencyKey) {
        try {
            Request request = new Request.Builder()
                    .url(url(kind, target))
                    .header("Idempotency-Key", idempotencyKey)
                    .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON))
                    .build();
            try (Response response = client.newCall(request).execute()) {
                if (response.isSuccessful()) {
                    JsonNode answer = mapper.readTree(response.body().bytes());
                    return new Sent(answer.path("id").asText(null), answer.path("number").asText(null));
                }
                PilarApiException failure = http.failure(response, response.body());
                // A 401 here survived a token renewal: the account, not the item, is the problem.
                return response.code() == 401 ? new Stopped(failure) : new Refused(failure);
            }
        } catch (IOException e) {
            // Also when the connection broke after the service got the request: the next attempt
            // carries the same key, and the service answers it from its idempotency store.
            return new Stopped(new PilarApiException(e));
        } catch (PilarApiException loginFailed) {
            // Thrown by the session while logging in or refreshing, before the item was sent.
            return new Stopped(loginFailed);
        }
    }

    private HttpUrl url(Kind kind, String target) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments("api/v1");
        kind.pathSegments(target).forEach(url::addPathSegment);
        return url.build();
    }
}
