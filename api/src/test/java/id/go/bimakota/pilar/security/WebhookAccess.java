package id.go.bimakota.pilar.security;

import id.go.bimakota.pilar.security.AccessMatrixTest.Row;
import java.util.List;

/**
 * Integrators' webhook endpoints: ADMIN only. Meta's WhatsApp webhook: open to everyone (Meta holds no
 * token), so every caller alike is refused without the verify token (403) or the app secret's signature (401).
 */
final class WebhookAccess {

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/v1/webhook-endpoints", 401, 200, 403, 403),
            new Row("POST", "/api/v1/webhook-endpoints", 401, 400, 403, 403),
            new Row("GET", "/api/v1/webhook-endpoints/{id}", 401, 404, 403, 403),
            new Row("PATCH", "/api/v1/webhook-endpoints/{id}", 401, 404, 403, 403),
            new Row("DELETE", "/api/v1/webhook-endpoints/{id}", 401, 404, 403, 403),
            new Row("POST", "/api/v1/webhook-endpoints/{id}/rotate-secret", 401, 404, 403, 403),
            new Row("GET", "/api/v1/webhooks/whatsapp", 403, 403, 403, 403),
            new Row("POST", "/api/v1/webhooks/whatsapp", 401, 401, 401, 401));

    private WebhookAccess() {
    }
}
