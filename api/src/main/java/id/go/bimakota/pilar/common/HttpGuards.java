package id.go.bimakota.pilar.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards every HTTP exchange before it reaches an endpoint: security headers on every answer
 * (API answers hold personal data and must not be cached), and a body-size limit answered with a
 * problem+json 413: 1 MiB for JSON, more for the CSV import.
 */
@ApplicationScoped
public class HttpGuards {

    private final long jsonLimit;
    private final long importLimit;

    public HttpGuards(@ConfigProperty(name = "pilar.http.max-json-body", defaultValue = "1048576") long jsonLimit,
            @ConfigProperty(name = "pilar.http.max-import-body", defaultValue = "5242880") long importLimit) {
        this.jsonLimit = jsonLimit;
        this.importLimit = importLimit;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    private void guard(RoutingContext rc) {
        String path = rc.request().path();
        rc.response().putHeader("X-Content-Type-Options", "nosniff").putHeader("X-Frame-Options", "DENY");
        if (path.startsWith("/api/")) {
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = path.endsWith("/import") ? importLimit : jsonLimit;
        if (length != null && parse(length) > limit) {
            tooLarge(rc, path, limit);
            return;
        }
        rc.next();
    }

    private static void tooLarge(RoutingContext rc, String path, long limit) {
        boolean indonesian = String.valueOf(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .toLowerCase(Locale.ROOT).startsWith("id");
        Locale locale = indonesian ? Messages.INDONESIAN : Locale.ENGLISH;
        String body = "{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                + Messages.get(locale, "problem.payload-too-large") + "\",\"status\":413,\"detail\":\""
                + Messages.get(locale, "payload.limit", limit / 1024) + "\",\"instance\":\"" + path.replace("\"", "")
                + "\",\"requestId\":\"" + RequestIds.current() + "\"}";
        rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
