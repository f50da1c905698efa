package id.go.bimakota.pilar.client;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Headers every request carries: the language of the service's messages, JSON, and who is calling. */
final class ClientHeaders implements Interceptor {

    static final String USER_AGENT = "pilar-field-client/0.1.0";

    private final String language;

    ClientHeaders(String language) {
        this.language = language;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder()
                .header("Accept-Language", language)
                .header("User-Agent", USER_AGENT);
        if (request.header("Accept") == null) {
            // Reports also speak CSV: without this the service might choose for us.
            builder.header("Accept", "application/json");
        }
        return chain.proceed(builder.build());
    }

    /**
     * Gives every authenticated POST without one an Idempotency-Key, so that a transparent retry
     * (OkHttp's on a stale connection, or ours after a 401) can never create something twice. Login
     * and refresh do not pass here: their answers hold tokens that no server should store for replay.
     */
    static final class IdempotencyKeys implements Interceptor {

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            if (!"POST".equals(request.method()) || request.header("Idempotency-Key") != null) {
                return chain.proceed(request);
            }
            return chain.proceed(request.newBuilder().header("Idempotency-Key", UUID.randomUUID().toString()).build());
        }
    }
}
