package id.go.bimakota.pilar.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import id.go.bimakota.pilar.process.ServiceProcess.Database;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: two service processes on one PostgreSQL database both dispatch deliveries, and no delivery
 * is sent by both. 200 notices are filed through the two instances at once; an integrator's endpoint
 * (a real HTTP server here, verifying every signature with the Standard Webhooks reference library)
 * receives each {@code notice.created} exactly once: no retries are asked for, so any second arrival
 * of a {@code webhook-id} would be a double send.
 */
class DeliveriesTwoInstancesIT {

    private static final String KELURAHAN = "52.72.03.1005";
    private static final int NOTICES = 200;

    private final Path dataDir = Path.of("target", "deliveries-two-instances-" + System.currentTimeMillis());
    private final AtomicInteger slot = new AtomicInteger();
    private final Instant firstStart = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final List<String> badSignatures = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile String secret;

    @Test
    void everyDeliveryIsSentOnceByOneOfTheInstances() throws Exception {
        assumeTrue(Database.POSTGRES.available(), "PostgreSQL build absent (run with -Ppostgres-tests)");
        HttpServer receiver = receiver();
        Map<String, String> env = Map.of("PILAR_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "PILAR_WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true");
        try (ServiceProcess a = ServiceProcess.start(Database.POSTGRES, dataDir.resolve("a"), env);
                ServiceProcess b = ServiceProcess.start(Database.POSTGRES, dataDir.resolve("b"), env)) {
            Api onA = Api.admin(a);
            Api onB = onA.on(b);
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
            JsonNode endpoint = onA.ok(onA.post("/api/v1/webhook-endpoints", Map.of("url", url,
                    "events", List.of("notice.created"), "description", "two instances"), Map.of()));
            secret = endpoint.get("secret").asText();
            String endpointId = endpoint.get("id").asText();
            String lead = onA.newPillar(KELURAHAN);

            List<String> ids = fileConcurrently(onA, onB, lead);

            // The webhook rows are written with their notices, so their ids are known at once.
            List<String> expected = new ArrayList<>();
            for (String id : ids) {
                expected.add(webhookIdOf(onA, id, endpointId));
            }
            awaitTrue(() -> arrivals.keySet().containsAll(expected), Duration.ofMinutes(3),
                    () -> expected.stream().filter(arrivals::containsKey).count() + " of " + NOTICES + " webhooks arrived");
            Thread.sleep(2000); // a double send, if any, would come now
            assertEquals(List.of(), badSignatures, "every webhook verifies");
            List<String> twice = expected.stream().filter(id -> arrivals.get(id).get() > 1).toList();
            assertEquals(List.of(), twice, "webhook-ids received more than once");
            assertEquals(NOTICES, new java.util.HashSet<>(expected).size(), "one webhook delivery per notice");
        } finally {
            receiver.stop(0);
        }
    }

    /**
     * The id of a notice's webhook delivery to this test's endpoint (ADMIN's deliveries list); the
     * database may hold other tests' endpoints, which get deliveries of their own.
     */
    private static String webhookIdOf(Api api, String noticeId, String endpointId) {
        try {
            for (JsonNode d : api.ok(api.get("/api/v1/notices/" + noticeId + "/deliveries"))) {
                if ("WEBHOOK".equals(d.path("channel").asText()) && endpointId.equals(d.path("recipientId").asText())) {
                    return d.path("id").asText();
                }
            }
            return "none yet";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> fileConcurrently(Api onA, Api onB, String lead) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> created = new ArrayList<>();
            for (int i = 0; i < NOTICES; i++) {
                Api instance = i % 2 == 0 ? onA : onB;
                created.add(clients.submit(() -> instance.ok(instance.post("/api/v1/notices", notice(lead),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<JsonNode> notice : created) {
                ids.add(notice.get().get("id").asText());
            }
            return ids;
        } finally {
            clients.shutdown();
        }
    }

    private Map<String, Object> notice(String lead) {
        Instant start = firstStart.plus(2L * slot.getAndIncrement(), ChronoUnit.HOURS);
        return Map.of("kelurahanCode", KELURAHAN, "leadPillarId", lead, "plannedStart", start.toString(),
                "plannedEnd", start.plus(1, ChronoUnit.HOURS).toString(), "purpose", "MEETING");
    }

    private HttpServer receiver() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = headers.getOrDefault("webhook-id", List.of("?")).get(0);
            arrivals.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            try {
                new Webhook(secret).verify(body, headers);
            } catch (Exception e) {
                badSignatures.add(id + ": " + e.getMessage());
            }
            exchange.sendResponseHeaders(204, -1);
            try (OutputStream ignored = exchange.getResponseBody()) {
                // no body
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration timeout, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            assertTrue(System.nanoTime() < deadline, "timed out: " + state.get());
            Thread.sleep(500);
        }
    }
}
