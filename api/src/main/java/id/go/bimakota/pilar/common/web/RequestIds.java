package id.go.bimakota.pilar.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is sane, a fresh one
 * otherwise. It is echoed in the response header, put in the log context of that request (so the
 * access log and any error log carry it) and written into every problem body.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                id = newId();
                rc.request().headers().set(HEADER, id);
            }
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }
}
