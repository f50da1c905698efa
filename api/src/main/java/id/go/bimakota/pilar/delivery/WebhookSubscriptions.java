package id.go.bimakota.pilar.delivery;

import java.util.List;
import java.util.UUID;

/** The integrators' webhook endpoints that want an event; each gets one delivery per event. */
public interface WebhookSubscriptions {

    /** The active endpoints subscribed to {@code eventType} (e.g. {@code notice.created}). */
    List<UUID> subscribedTo(String eventType);
}
