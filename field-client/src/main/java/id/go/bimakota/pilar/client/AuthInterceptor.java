package id.go.bimakota.pilar.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the bearer token, and on a 401 renews it once and repeats the request; a second 401 is
 * returned to the caller as the failure it is. The request is repeated as it was, with the same
 * Idempotency-Key, so the repeat can never create anything twice.
 */
final class AuthInterceptor implements Interceptor {

    static final String NO_AUTH_HEADER = "Pilar-No-Auth";

    private final Session session;

    AuthInterceptor(Session session) {
        this.session = session;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.header(NO_AUTH_HEADER) != null) {
            return chain.proceed(request.newBuilder().removeHeader(NO_AUTH_HEADER).build());
        }
        if (!session.hasCredentials()) {
            return chain.proceed(request);
        }
        String token = session.accessToken();
        Response response = chain.proceed(withToken(request, token));
        if (response.code() != 401) {
            return response;
        }
        response.close();
        return chain.proceed(withToken(request, session.renewAfterRejection(token)));
    }

    private static Request withToken(Request request, String token) {
        return request.newBuilder().header("Authorization", "Bearer " + token).build();
    }
}
