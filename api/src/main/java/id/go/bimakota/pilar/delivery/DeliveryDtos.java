package id.go.bimakota.pilar.delivery;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the deliveries list and the Dinas's worklist show. */
public final class DeliveryDtos {

    private DeliveryDtos() {
    }

    @Schema(name = "Delivery", description = "One message to one recipient on one channel about one event. The "
            + "address is masked to its last 4 characters; the message itself is not shown.")
    public record DeliveryView(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for the morning digest, which lists several notices") UUID noticeId,
            @Schema(required = true, examples = "52.72.03.1004") String kelurahanCode,
            @Schema(required = true, examples = "notice.created") String eventType,
            @Schema(required = true) ChannelKind channel,
            @Schema(required = true, examples = "CONTACT") RecipientKind recipientKind,
            @Schema(description = "The contact, user, pillar or webhook endpoint") UUID recipientId,
            @Schema(examples = "Hj. Nurlaila, S.Sos") String recipientName,
            @Schema(examples = "KASI_KESOS") String recipientPosition,
            @Schema(required = true, examples = "********2210") String address,
            @Schema(required = true) DeliveryState state,
            @Schema(required = true, examples = "1") int attempts,
            @Schema(description = "When the next attempt is due (QUEUED), or the claim ends (SENDING)") Instant nextAttemptAt,
            @Schema(examples = "SMTP: Connection refused") String lastError,
            @Schema(description = "The provider's message id (WhatsApp)") String providerId,
            @Schema(required = true) Instant createdAt,
            Instant sentAt,
            Instant deliveredAt,
            Instant readAt,
            @Schema(required = true) Instant updatedAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.noticeId, d.kelurahanCode, d.eventType, d.channel, d.recipientKind,
                    d.recipientId, d.recipientName, d.recipientPosition, mask(d.address), d.state, d.attempts, d.dueAt,
                    d.lastError, d.providerId, d.createdAt, d.sentAt, d.deliveredAt, d.readAt, d.updatedAt);
        }
    }

    /** Everything but the last 4 characters hidden: enough to tell two numbers apart on the phone. */
    static String mask(String address) {
        if (address == null || address.length() <= 4) {
            return address == null ? "" : "*".repeat(address.length());
        }
        return "*".repeat(address.length() - 4) + address.substring(address.length() - 4);
    }
}
