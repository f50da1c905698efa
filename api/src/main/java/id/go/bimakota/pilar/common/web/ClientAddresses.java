package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.config.PilarConfig;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request comes from: the TCP peer, unless that peer is a proxy listed in
 * {@code PILAR_TRUSTED_PROXIES}; then the last address in {@code X-Forwarded-For} that is not itself a
 * trusted proxy. A client cannot choose its address by sending the header to the service directly.
 */
@ApplicationScoped
public class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;
    private final CurrentVertxRequest current;

    public ClientAddresses(PilarConfig config, CurrentVertxRequest current) {
        this.trustedProxies = Set.copyOf(config.http().trustedProxies().orElse(List.of()).stream()
                .map(String::trim).filter(a -> !a.isEmpty()).toList());
        this.current = current;
    }

    /** The address of the request being served, or null outside a request. */
    public String current() {
        RoutingContext context = current.getCurrent();
        return context == null ? null : of(context.request());
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String forwarded = request.getHeader(FORWARDED_FOR);
        if (peer == null || forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!ADDRESS.matcher(hop).matches()) {
                return peer; // a malformed chain: trust nothing in it
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
