package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.common.web.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the integrators' webhook endpoints. */
public final class WebhookEndpointDtos {

    static final String URL_RULE = "http or https; a URL whose host resolves to a loopback, private or link-local "
            + "address is refused (400 naming url) unless the service runs with PILAR_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true.";
    static final String EVENTS = "Event types to receive: notice.created, notice.acknowledged, "
            + "notice.reschedule-requested, notice.rescheduled, notice.cancelled, notice.completed, notice.joined.";

    private WebhookEndpointDtos() {
    }

    @Schema(name = "NewWebhookEndpoint", description = "Where signed webhooks go. " + URL_RULE)
    public record NewEndpoint(
            @NotBlank @Size(max = 2048) @Schema(required = true, format = "uri", maxLength = 2048,
                    examples = "https://eoffice.bimakota.go.id/hooks/pilar") String url,
            @NotNull @Size(min = 1, max = 20) @Schema(required = true, description = EVENTS, minItems = 1, maxItems = 20,
                    enumeration = {"notice.created", "notice.acknowledged", "notice.reschedule-requested",
                            "notice.rescheduled", "notice.cancelled", "notice.completed", "notice.joined"},
                    examples = "[\"notice.created\", \"notice.cancelled\"]") List<String> events,
            @Size(max = 500) @Schema(maxLength = 500, examples = "E-office Kota Bima") String description) {
    }

    @Schema(name = "WebhookEndpointPatch", description = "Only the fields present change. " + URL_RULE)
    public record EndpointPatch(
            @Size(min = 1, max = 2048) @Schema(format = "uri", maxLength = 2048,
                    examples = "https://eoffice.bimakota.go.id/hooks/pilar-v2") String url,
            @Size(min = 1, max = 20) @Schema(description = EVENTS, minItems = 1, maxItems = 20,
                    enumeration = {"notice.created", "notice.acknowledged", "notice.reschedule-requested",
                            "notice.rescheduled", "notice.cancelled", "notice.completed", "notice.joined"},
                    examples = "[\"notice.created\"]") List<String> events,
            @Size(max = 500) @Schema(maxLength = 500, description = "\"\" clears it", examples = "E-office (baru)")
            String description,
            @Schema(description = "true turns an endpoint disabled after a 410 Gone on again; false pauses it")
            Boolean active) {
    }

    @Schema(name = "WebhookEndpoint", description = "The secret is never shown here: only at creation and rotation")
    public record EndpointView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "https://eoffice.bimakota.go.id/hooks/pilar") String url,
            @Schema(required = true, examples = "[\"notice.created\"]") List<String> events,
            @Schema(examples = "E-office Kota Bima") String description,
            @Schema(required = true, description = "false after the endpoint answered 410 Gone, or when paused") boolean active,
            @Schema(description = "When it was disabled") Instant disabledAt,
            @Schema(description = "Why", examples = "Answered 410 Gone") String disabledReason,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") int version) implements Versioned {

        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id, e.url, e.events.stream().sorted().toList(), e.description, e.active, e.disabledAt,
                    e.disabledReason, e.createdAt, e.updatedAt, e.version);
        }
    }

    @Schema(name = "WebhookEndpointWithSecret", description = "The endpoint and its signing secret, shown this once: "
            + "store it where the receiver verifies signatures")
    public record EndpointWithSecret(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "https://eoffice.bimakota.go.id/hooks/pilar") String url,
            @Schema(required = true, examples = "[\"notice.created\"]") List<String> events,
            @Schema(examples = "E-office Kota Bima") String description,
            @Schema(required = true) boolean active,
            @Schema(required = true, description = "whsec_ and the base64 of 32 random bytes (Standard Webhooks)",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw9F+vjnW0A8U=") String secret,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") int version) implements Versioned {

        static EndpointWithSecret of(WebhookEndpoint e) {
            return new EndpointWithSecret(e.id, e.url, e.events.stream().sorted().toList(), e.description, e.active, e.secret,
                    e.createdAt, e.updatedAt, e.version);
        }
    }
}
