package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.problem.Messages;
import id.go.bimakota.pilar.common.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guards every HTTP exchange before it reaches an endpoint: security headers on every answer
 * (API answers hold personal data and must not be cached), a body-size limit answered with a
 * problem+json 413 (1 MiB for JSON, more for the CSV import; a body must declare its length), and
 * no control characters in the address (NUL in a search term would break PostgreSQL).
 */
@ApplicationScoped
public class HttpGuards {

    /** A percent-encoded (or raw) C0 control character or DEL anywhere in the request target. */
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])|[\\x00-\\x1f\\x7f]");

    private static final Pattern UNSAFE_IN_JSON = Pattern.compile("[\"\\\\\\x00-\\x1f]");

    /**
     * Swagger UI holds an admin's token: only its own scripts and styles (its page sets itself up with
     * an inline script and inline styles), calls only to this service, no framing, no plugins.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final long jsonLimit;
    private final long importLimit;

    public HttpGuards(PilarConfig config) {
        this.jsonLimit = config.http().maxJsonBody();
        this.importLimit = config.http().maxImportBody();
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
        if (path.startsWith("/q/swagger-ui")) {
            rc.response().putHeader("Content-Security-Policy", SWAGGER_UI_POLICY);
        }
        if (CONTROL_CHARACTER.matcher(rc.request().uri()).find()) {
            refuse(rc, ProblemType.VALIDATION, "uri.controlCharacter");
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = path.endsWith("/import") ? importLimit : jsonLimit;
        if (length == null && rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // a streamed body of unknown size could only be cut off half-read; clients send Content-Length
            refuse(rc, ProblemType.LENGTH_REQUIRED, "problem.length-required.detail");
        } else if (length != null && parse(length) > limit) {
            refuse(rc, ProblemType.PAYLOAD_TOO_LARGE, "payload.limit", limit / 1024);
        } else {
            rc.next();
        }
    }

    /** Answers before any endpoint runs, and closes the connection so an unread body cannot linger. */
    public static void refuse(RoutingContext rc, ProblemType type, String detailKey, Object... args) {
        boolean indonesian = String.valueOf(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .toLowerCase(Locale.ROOT).startsWith("id");
        Locale locale = indonesian ? Messages.INDONESIAN : Locale.ENGLISH;
        String body = "{\"type\":\"" + type.uri() + "\",\"title\":\""
                + Messages.get(locale, "problem." + type.slug()) + "\",\"status\":" + type.status() + ",\"detail\":\""
                + Messages.get(locale, detailKey, args) + "\",\"instance\":\"" + UNSAFE_IN_JSON.matcher(rc.request().path())
                .replaceAll("") + "\",\"requestId\":\"" + RequestIds.current() + "\"}";
        rc.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
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
