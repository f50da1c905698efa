package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.delivery.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The active endpoints that subscribed to an event, read in the transaction of the change that causes it. */
@ApplicationScoped
public class EndpointSubscriptions implements WebhookSubscriptions {

    @Override
    public List<UUID> subscribedTo(String eventType) {
        return WebhookEndpoint.getEntityManager().createQuery("select e.id from WebhookEndpoint e join e.events event "
                + "where event = :type and e.active = true order by e.id", UUID.class)
                .setParameter("type", eventType).getResultList();
    }
}
