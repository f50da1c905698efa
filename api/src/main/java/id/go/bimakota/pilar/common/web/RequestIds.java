package id.go.bimakota.pilar.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id of the service's own making: a client's {@code X-Request-Id} could
 * otherwise collide with, or pose as, another request's in the log and the audit. The id is sent back
 * in the response header, put in the log context of that request (so the access log and any error
 * log carry it) and written into every problem body and audit row. A sane {@code X-Request-Id} of the
 * client is kept beside it as {@code clientRequestId} (log and audit), so a caller can still trace
 * its calls; an insane one is dropped.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String CLIENT_MDC_KEY = "clientRequestId";
    /** The request target as the access log shows it: person-search values blanked. */
    public static final String LOGGED_TARGET_HEADER = "X-Pilar-Logged-Target";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    /** Query parameters that search for a person: their values never reach the access log. */
    private static final Pattern PERSON_SEARCH = Pattern.compile("(?i)(^|&)(q|nik)=[^&]*");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String client = rc.request().getHeader(HEADER);
            if (client != null && !SANE.matcher(client).matches()) {
                rc.request().headers().remove(HEADER);
                client = null;
            }
            String id = newId();
            MDC.put(MDC_KEY, id);
            if (client != null) {
                MDC.put(CLIENT_MDC_KEY, client);
            } else {
                MDC.remove(CLIENT_MDC_KEY);
            }
            rc.request().headers().set(LOGGED_TARGET_HEADER, loggedTarget(rc.request().path(), rc.request().query()));
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The client's own sane X-Request-Id of the request being served, or null. */
    public static String currentClient() {
        Object id = MDC.get(CLIENT_MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String loggedTarget(String path, String query) {
        if (query == null || query.isEmpty()) {
            return path;
        }
        return path + "?" + PERSON_SEARCH.matcher(query).replaceAll("$1$2=***");
    }

    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }
}
