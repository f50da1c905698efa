package id.go.bimakota.pilar.delivery.whatsapp;

import id.go.bimakota.pilar.delivery.DeliveryStatusSink;
import id.go.bimakota.pilar.delivery.ProviderStatus;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Stands in until the delivery records' own {@link DeliveryStatusSink} is present (it replaces this
 * one without further ado, being a plain bean): verified status reports are logged, not stored.
 */
@DefaultBean
@ApplicationScoped
public class DiscardingStatusSink implements DeliveryStatusSink {

    private static final Logger LOG = Logger.getLogger(DiscardingStatusSink.class);

    @Override
    public void providerStatus(String providerMessageId, ProviderStatus status, Instant at, Optional<String> error) {
        LOG.infof("WhatsApp status %s of %s at %s not recorded: no delivery records", status, providerMessageId, at);
    }
}
