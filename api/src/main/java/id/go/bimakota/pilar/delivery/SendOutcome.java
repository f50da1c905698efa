package id.go.bimakota.pilar.delivery;

import java.time.Duration;
import java.util.Optional;

/** What a channel's provider answered to one send. */
public sealed interface SendOutcome {

    /** Accepted; {@code providerId} is the provider's message id (WhatsApp {@code messages[0].id}), or null. */
    record Sent(String providerId) implements SendOutcome {}

    /** A passing failure (5xx, 429, timeout, connection refused): send again later, after {@code retryAfter} if given. */
    record Retry(String error, Optional<Duration> retryAfter) implements SendOutcome {}

    /** A permanent failure (not on WhatsApp, invalid address, endpoint gone): stop, the delivery is {@code FAILED}. */
    record Failed(String error) implements SendOutcome {}

    /** The webhook endpoint answered 410 Gone: the delivery is {@code FAILED} and the endpoint is disabled. */
    record Gone(String error) implements SendOutcome {}
}
