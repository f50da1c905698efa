package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.problem.Messages;
import id.go.bimakota.pilar.delivery.Channel;
import id.go.bimakota.pilar.delivery.ChannelKind;
import id.go.bimakota.pilar.delivery.OutgoingMessage;
import id.go.bimakota.pilar.delivery.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed webhooks (Standard Webhooks v1) to an integrator's endpoint, named by its id in
 * {@link OutgoingMessage#address()}. The endpoint's URL and secret are read at each send, so a
 * retry after a rotation is signed with the new secret and goes to the new URL.
 */
@ApplicationScoped
public class WebhookChannel implements Channel {

    private final EndpointTargets targets;
    private final EndpointUrls urls;
    private final Clock clock;
    private final OutboundHttp http;

    @Inject
    public WebhookChannel(EndpointTargets targets, EndpointUrls urls, Clock clock, PilarConfig config) {
        this(targets, urls, clock, config.webhook().timeout());
    }

    WebhookChannel(EndpointTargets targets, EndpointUrls urls, Clock clock, Duration timeout) {
        this.targets = targets;
        this.urls = urls;
        this.clock = clock;
        this.http = new OutboundHttp("webhook", timeout);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    /** Always on: an endpoint exists only because an administrator registered it. */
    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        Optional<EndpointTargets.Target> target = endpointId(message.address()).flatMap(targets::find);
        if (target.isEmpty()) {
            return new SendOutcome.Failed("webhook endpoint " + message.address() + " no longer exists");
        }
        if (!target.get().active()) {
            return new SendOutcome.Failed("webhook endpoint " + message.address() + " is disabled");
        }
        Optional<EndpointUrls.Refusal> refusal = urls.checkBeforeSend(target.get().url());
        if (refusal.isPresent()) {
            String why = Messages.get(Locale.ENGLISH, refusal.get().key(), refusal.get().args());
            return refusal.get().passing() ? new SendOutcome.Retry("url: " + why, Optional.empty())
                    : new SendOutcome.Failed("url: " + why);
        }
        return post(target.get(), message);
    }

    private SendOutcome post(EndpointTargets.Target target, OutgoingMessage message) {
        String id = message.deliveryId().toString();
        long timestamp = clock.instant().getEpochSecond();
        String body = message.json() == null ? "{}" : message.json();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url())).timeout(http.timeout())
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSecrets.signature(target.secret(), id, timestamp, body))
                .header("User-Agent", "PilarBima-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding(), response -> answer(target, response));
    }

    private SendOutcome answer(EndpointTargets.Target target, HttpResponse<Void> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return new SendOutcome.Sent(null);
        }
        if (status == 410) {
            targets.disable(target.id(), "Answered 410 Gone");
            return new SendOutcome.Gone("HTTP 410 Gone: the endpoint is disabled");
        }
        return new SendOutcome.Retry("HTTP " + status, RetryAfter.of(response, clock.instant()));
    }

    private static Optional<UUID> endpointId(String address) {
        try {
            return Optional.of(UUID.fromString(address));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
