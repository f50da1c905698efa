package id.go.bimakota.pilar.delivery.whatsapp;

import id.go.bimakota.pilar.delivery.DeliveryStatusSink;
import id.go.bimakota.pilar.delivery.ProviderStatus;
import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * TEST-ONLY stand-in for the delivery records' {@link DeliveryStatusSink} (built in parallel, not on
 * this branch): it records what Meta's webhook passed on. When the delivery core is merged, the
 * webhook tests should assert on the deliveries instead and this class should go.
 */
@Mock
@Singleton
public class RecordingStatusSink implements DeliveryStatusSink {

    public record Report(String providerMessageId, ProviderStatus status, Instant at, Optional<String> error) {
    }

    private final List<Report> reports = new CopyOnWriteArrayList<>();

    @Override
    public void providerStatus(String providerMessageId, ProviderStatus status, Instant at, Optional<String> error) {
        reports.add(new Report(providerMessageId, status, at, error));
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    public void clear() {
        reports.clear();
    }
}
