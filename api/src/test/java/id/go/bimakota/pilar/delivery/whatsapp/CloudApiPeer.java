package id.go.bimakota.pilar.delivery.whatsapp;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock standing in for Meta's Graph API (graph.facebook.com/v23.0), on a free port of this
 * machine; the service under test is configured with its address, a phone number id and a token.
 */
public class CloudApiPeer implements QuarkusTestResourceLifecycleManager {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String TOKEN = "EAAJB-test-token";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return Map.of("pilar.whatsapp.api-url", "http://127.0.0.1:" + server.port() + "/v23.0",
                "pilar.whatsapp.phone-number-id", PHONE_NUMBER_ID,
                "pilar.whatsapp.access-token", TOKEN,
                "pilar.whatsapp.timeout", "2s",
                // a database of its own, so this restart leaves the shared test database alone (H2)
                "%test.quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/test-db-whatsapp/pilar-bima;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;DB_CLOSE_DELAY=-1");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
