package id.go.bimakota.pilar.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a provider's later reports about a sent message go (WhatsApp's signed status webhook).
 * Reports may arrive twice or out of order; the delivery's state never moves backwards.
 */
public interface DeliveryStatusSink {

    /**
     * @param providerMessageId the id the provider gave when it accepted the message
     * @param error the provider's error (code and title) for {@link ProviderStatus#FAILED}
     */
    void providerStatus(String providerMessageId, ProviderStatus status, Instant at, Optional<String> error);
}
