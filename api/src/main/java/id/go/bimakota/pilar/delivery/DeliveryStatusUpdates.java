package id.go.bimakota.pilar.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** A provider's later reports (WhatsApp's status webhook): applied only when they move a delivery forward. */
@ApplicationScoped
public class DeliveryStatusUpdates implements DeliveryStatusSink {

    @Override
    @Transactional
    public void providerStatus(String providerMessageId, ProviderStatus status, Instant at, Optional<String> error) {
        if (providerMessageId == null) {
            return;
        }
        Delivery d = Delivery.<Delivery>find("providerId", providerMessageId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (d == null) {
            return;
        }
        DeliveryState next = DeliveryState.valueOf(status.name());
        if (!d.state.mayBecome(next)) {
            return;
        }
        switch (next) {
            case SENT -> d.sentAt = d.sentAt == null ? at : d.sentAt;
            case DELIVERED -> d.deliveredAt = at;
            case READ -> {
                d.readAt = at;
                d.deliveredAt = d.deliveredAt == null ? at : d.deliveredAt;
            }
            default -> {
                // FAILED: the error below
            }
        }
        d.finish(next, error.orElse(null), at);
    }
}
