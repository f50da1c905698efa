package id.go.bimakota.pilar.delivery;

import java.util.Optional;

/**
 * One way of reaching a person or a system. Email, WhatsApp and signed webhooks are one class each;
 * an SMS gateway would be one more, found by the dispatcher like the others (a CDI bean).
 */
public interface Channel {

    ChannelKind kind();

    /**
     * Empty when the channel may send. Otherwise why it may not (usually: not configured), and every
     * delivery for it is recorded {@code SUPPRESSED} with that reason instead of being sent.
     */
    Optional<String> unavailableReason();

    /**
     * Sends one message, at least once: the dispatcher calls again with the same
     * {@link OutgoingMessage#deliveryId()} after a {@link SendOutcome.Retry} or a crash, so a
     * provider or receiver can recognise a repeat. Never throws for a provider's answer; an
     * unexpected exception counts as a retry.
     */
    SendOutcome send(OutgoingMessage message);
}
