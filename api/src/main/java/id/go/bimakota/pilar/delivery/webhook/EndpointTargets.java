package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the webhook channel reads and writes of an endpoint, each in a short transaction of its own. */
@ApplicationScoped
public class EndpointTargets {

    /** An endpoint as of now: its current URL and secret, so retries after a rotation use the new one. */
    record Target(UUID id, String url, String secret, boolean active) {
    }

    private final AuditLog audit;
    private final Clock clock;

    public EndpointTargets(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Optional<Target> find(UUID id) {
        WebhookEndpoint e = WebhookEndpoint.findById(id);
        return e == null ? Optional.empty() : Optional.of(new Target(e.id, e.url, e.secret, e.active));
    }

    /** After a 410 Gone: off until an administrator turns it on again, whatever the dispatcher's transaction does. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @ActivateRequestContext
    void disable(UUID id, String reason) {
        WebhookEndpoint e = WebhookEndpoint.findById(id);
        if (e == null || !e.active) {
            return;
        }
        Instant now = clock.instant();
        WebhookEndpointService.setActive(e, false, now, reason);
        e.updatedAt = now;
        audit.record(null, "WEBHOOK_ENDPOINT_DISABLED", WebhookEndpointService.ENTITY, e.id, List.of("active"));
    }
}
