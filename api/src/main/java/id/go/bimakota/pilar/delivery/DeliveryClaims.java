package id.go.bimakota.pilar.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.common.config.PilarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatcher's short transactions: claiming due deliveries and recording what a provider
 * answered. Sending happens between the two, outside any transaction.
 */
@ApplicationScoped
class DeliveryClaims {

    /** A claimed delivery: the message to send, and the attempt it is (a stale outcome is ignored). */
    record Claim(OutgoingMessage message, ChannelKind channel, int attempt) {
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final Channels channels;
    private final ObjectMapper json;
    private final Duration lease;
    private final Clock clock;

    DeliveryClaims(EntityManager em, Channels channels, ObjectMapper json, PilarConfig config, Clock clock) {
        this.em = em;
        this.channels = channels;
        this.json = json;
        this.lease = config.delivery().lease();
        this.clock = clock;
    }

    /**
     * Claims up to {@code max} due deliveries: QUEUED ones whose time has come and SENDING ones whose
     * claim's lease ran out (their instance died mid-send: they go again with the same id). {@code FOR
     * UPDATE SKIP LOCKED} lets several instances claim side by side without ever taking the same row;
     * the lease in {@code due_at} keeps a claimed row away from the others once the claim commits.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Claim> claim(int max) {
        Instant now = clock.instant();
        List<UUID> ids = em.createNativeQuery("SELECT id FROM delivery WHERE due_at <= ?1 ORDER BY due_at "
                + "FETCH FIRST " + max + " ROWS ONLY FOR UPDATE SKIP LOCKED", UUID.class).setParameter(1, now).getResultList();
        List<Claim> claims = new ArrayList<>();
        for (UUID id : ids) {
            Delivery d = em.find(Delivery.class, id);
            if (d == null || d.dueAt == null || d.dueAt.isAfter(now) || d.state.isDone()) {
                continue;
            }
            if (d.expiresAt != null && !now.isBefore(d.expiresAt)) {
                d.finish(DeliveryState.EXPIRED, "the visit was over before the message could go", now);
                continue;
            }
            Optional<String> unavailable = channels.unavailableReason(d.channel);
            if (unavailable.isPresent()) {
                d.finish(DeliveryState.SUPPRESSED, unavailable.get(), now);
                continue;
            }
            d.state = DeliveryState.SENDING;
            d.attempts++;
            d.dueAt = now.plus(lease);
            d.updatedAt = now;
            claims.add(new Claim(messageOf(d), d.channel, d.attempts));
        }
        return claims;
    }

    /** Records a provider's answer to one attempt; an attempt taken over by another claim changes nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(Claim claim, SendOutcome outcome) {
        Delivery d = em.find(Delivery.class, claim.message().deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.state != DeliveryState.SENDING || d.attempts != claim.attempt()) {
            return;
        }
        Instant now = clock.instant();
        if (outcome instanceof SendOutcome.Sent sent) {
            d.providerId = sent.providerId();
            d.sentAt = now;
            d.finish(DeliveryState.SENT, null, now);
        } else if (outcome instanceof SendOutcome.Retry retry) {
            Optional<Duration> wait = RetrySchedule.next(d.attempts, retry.retryAfter());
            if (wait.isEmpty()) {
                d.finish(DeliveryState.FAILED, retry.error(), now);
            } else {
                d.state = DeliveryState.QUEUED;
                d.lastError = Delivery.clip(retry.error());
                d.dueAt = now.plus(wait.get());
                d.updatedAt = now;
            }
        } else if (outcome instanceof SendOutcome.Failed failed) {
            d.finish(DeliveryState.FAILED, failed.error(), now);
        } else if (outcome instanceof SendOutcome.Gone gone) {
            d.finish(DeliveryState.FAILED, gone.error(), now);
        }
    }

    private OutgoingMessage messageOf(Delivery d) {
        List<String> parameters;
        try {
            parameters = d.parameters == null ? List.of() : json.readValue(d.parameters, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new OutgoingMessage(d.id, d.eventType, d.address, d.template, parameters, d.subject, d.bodyText,
                d.bodyHtml, d.bodyJson);
    }
}
