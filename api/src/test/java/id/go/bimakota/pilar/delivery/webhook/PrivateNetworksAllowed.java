package id.go.bimakota.pilar.delivery.webhook;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The service as an on-premise integration runs it: endpoints on this machine allowed, and a short timeout. */
public class PrivateNetworksAllowed implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("pilar.webhook.allow-private-networks", "true",
                "pilar.webhook.timeout", "2s",
                // a database of its own, so this restart leaves the shared test database alone (H2)
                "%test.quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/test-db-webhook/pilar-bima;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;DB_CLOSE_DELAY=-1");
    }

    @Override
    public void stop() {
        // nothing started
    }
}
