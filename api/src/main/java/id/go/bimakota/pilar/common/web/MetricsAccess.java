package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.config.PilarConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read {@code /q/metrics} (policy {@code metrics} in application.properties): an ADMIN token,
 * or a scraper sending {@code PILAR_METRICS_TOKEN} as its bearer token. Metrics name every endpoint
 * and its traffic, which is nothing for the public.
 */
@ApplicationScoped
public class MetricsAccess implements HttpSecurityPolicy {

    private final Optional<byte[]> scraperToken;

    public MetricsAccess(PilarConfig config) {
        this.scraperToken = config.metrics().token().filter(t -> !t.isBlank())
                .map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        String authorization = request.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && scraperToken.isPresent()
                && MessageDigest.isEqual(scraperToken.get(), authorization.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().item(CheckResult.PERMIT); // the scraper's token is no JWT: never parse it as one
        }
        return identity.map(who -> who.hasRole("ADMIN") ? CheckResult.PERMIT : CheckResult.DENY);
    }
}
