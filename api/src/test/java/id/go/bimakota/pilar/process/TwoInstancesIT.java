package id.go.bimakota.pilar.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bimakota.pilar.process.ServiceProcess.Database;
import id.go.bimakota.pilar.support.SseSubscription;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two service processes on different ports against one PostgreSQL database, as behind a load
 * balancer: numbers stay distinct, a retry that lands on the other instance replays, and the live
 * feed of one instance carries what the other one wrote.
 */
class TwoInstancesIT {

    private static final String KELURAHAN = "52.72.03.1005";
    private static final int NOTICES_PER_INSTANCE = 20;

    /** Under target/, not a temporary folder: the service logs of a failed run stay for reading. */
    private final Path dataDir = Path.of("target", "two-instances-" + System.currentTimeMillis());

    private final AtomicInteger hour = new AtomicInteger();
    private final Instant firstStart = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Test
    void twoInstancesOnOneDatabaseActAsOne() throws Exception {
        assumeTrue(Database.POSTGRES.available(), "PostgreSQL build absent (run with -Ppostgres-tests)");
        Map<String, String> env = Map.of("PILAR_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        try (ServiceProcess a = ServiceProcess.start(Database.POSTGRES, dataDir.resolve("a"), env);
                ServiceProcess b = ServiceProcess.start(Database.POSTGRES, dataDir.resolve("b"), env)) {
            Api onA = Api.admin(a);
            Api onB = onA.on(b);
            String lead = onA.newPillar(KELURAHAN);

            try (SseSubscription feedOnB = SseSubscription.open(b.uri("/api/v1/notices/events"), onB.token(), null)) {
                String createdOnA = onA.ok(file(onA, notice(lead, "kabar ke B"), UUID.randomUUID().toString()))
                        .get("id").asText();
                SseSubscription.Event event = feedOnB.next(e -> e.data().contains(createdOnA),
                        Duration.ofSeconds(60));
                assertEquals("notice.created", event.type(), "B's feed carries A's notice");
            }

            List<String> numbers = createConcurrently(onA, onB, lead);
            assertEquals(2 * NOTICES_PER_INSTANCE, new HashSet<>(numbers).size(), "distinct numbers: " + numbers);

            String key = UUID.randomUUID().toString();
            Map<String, Object> notice = notice(lead, "retried on the other instance");
            HttpResponse<String> first = file(onA, notice, key);
            HttpResponse<String> retry = file(onB, notice, key);
            assertEquals(201, first.statusCode(), first.body());
            assertEquals(201, retry.statusCode(), retry.body());
            assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null),
                    "B replays A's answer");
            assertEquals(onA.ok(first).get("id"), onB.ok(retry).get("id"));
            long copies = onB.all("/api/v1/notices?pillar=" + lead).stream()
                    .filter(n -> "retried on the other instance".equals(n.path("description").asText())).count();
            assertEquals(1, copies, "one notice for the key");
        }
    }

    /** Both instances file notices at once; returns all their numbers. */
    private List<String> createConcurrently(Api onA, Api onB, String lead) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> created = new ArrayList<>();
            for (int i = 0; i < NOTICES_PER_INSTANCE; i++) {
                for (Api instance : List.of(onA, onB)) {
                    Callable<JsonNode> filing = () -> instance.ok(file(instance, notice(lead, "dua instans"),
                            UUID.randomUUID().toString()));
                    created.add(clients.submit(filing));
                }
            }
            List<String> numbers = new ArrayList<>();
            for (Future<JsonNode> notice : created) {
                numbers.add(notice.get().get("number").asText());
            }
            assertTrue(numbers.stream().allMatch(n -> n.matches("KL-\\d{4}-\\d{6}")), numbers.toString());
            return numbers;
        } finally {
            clients.shutdown();
        }
    }

    /** A notice in a time slot of its own, so that no two visits overlap. */
    private Map<String, Object> notice(String lead, String description) {
        Instant start = firstStart.plus(2L * hour.getAndIncrement(), ChronoUnit.HOURS);
        return Map.of("kelurahanCode", KELURAHAN, "leadPillarId", lead, "plannedStart", start.toString(),
                "plannedEnd", start.plus(1, ChronoUnit.HOURS).toString(), "purpose", "MEETING",
                "description", description);
    }

    private static HttpResponse<String> file(Api instance, Map<String, Object> notice, String key) throws Exception {
        return instance.post("/api/v1/notices", notice, Map.of("Idempotency-Key", key));
    }
}
