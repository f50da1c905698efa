import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 20's delivery benchmark against a running service (started with
 * PILAR_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true): a stub provider (an HTTP server here, answering 204)
 * is registered as a webhook endpoint for notice.created, {@code count} notices are filed in a burst
 * by 16 clients, and a prober lists notices every 50 ms while the dispatcher drains. Prints the time
 * from the first filing to the last message handed to the provider, and the p50/p99 of the filings
 * and of the list while the dispatcher runs.
 *
 * <p>{@code java bench/Deliveries.java <base url> <admin password> <kelurahan code> <count>}
 */
public class Deliveries {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = field(post(base + "/api/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}"), "accessToken");
        String kelurahan = args[2];
        int count = Integer.parseInt(args[3]);

        ConcurrentHashMap<String, Long> handedOver = new ConcurrentHashMap<>();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/hooks", exchange -> {
            handedOver.putIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), System.nanoTime());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        ExecutorService providerThreads = Executors.newFixedThreadPool(8);
        provider.setExecutor(providerThreads);
        provider.start();
        post(base + "/api/v1/webhook-endpoints", token, "{\"url\":\"http://127.0.0.1:" + provider.getAddress().getPort()
                + "/hooks\",\"events\":[\"notice.created\"],\"description\":\"benchmark stub provider\"}");
        String lead = field(post(base + "/api/v1/pillars", token, "{\"fullName\":\"Pilar Benchmark\",\"type\":\"PSM\","
                + "\"gender\":\"P\",\"phone\":\"+6281299" + (100000 + (int) (Math.random() * 899999)) + "\",\"kelurahanCodes\":[\""
                + kelurahan + "\"]}"), "id");

        List<Long> listMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            while (probing.get()) {
                long t = System.nanoTime();
                get(base + "/api/v1/notices?limit=50", token);
                listMillis.add((System.nanoTime() - t) / 1_000_000);
                sleep(50);
            }
        });

        Instant firstStart = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Long>> filings = new ArrayList<>();
        long started = System.nanoTime();
        prober.start();
        for (int i = 0; i < count; i++) {
            Instant start = firstStart.plus(2L * i, ChronoUnit.HOURS);
            String body = "{\"kelurahanCode\":\"" + kelurahan + "\",\"leadPillarId\":\"" + lead + "\",\"plannedStart\":\""
                    + start + "\",\"plannedEnd\":\"" + start.plus(1, ChronoUnit.HOURS) + "\",\"purpose\":\"MEETING\"}";
            filings.add(clients.submit(() -> {
                long t = System.nanoTime();
                post(base + "/api/v1/notices", token, body);
                return (System.nanoTime() - t) / 1_000_000;
            }));
        }
        List<Long> fileMillis = new ArrayList<>();
        for (Future<Long> f : filings) {
            fileMillis.add(f.get());
        }
        long filed = System.nanoTime();
        long deadline = filed + TimeUnit.MINUTES.toNanos(10);
        while (handedOver.size() < count && System.nanoTime() < deadline) {
            sleep(20);
        }
        probing.set(false);
        prober.join();
        clients.shutdown();
        provider.stop(0);
        providerThreads.shutdown();
        long last = handedOver.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());

        System.out.println("| Figure | Value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| Notices filed in a burst (16 clients) | %d in %.1f s |%n", count, (filed - started) / 1e9);
        System.out.printf(Locale.ROOT, "| Messages handed to the stub provider | %d of %d |%n", handedOver.size(), count);
        System.out.printf(Locale.ROOT, "| Time to drain (first filing to last message) | %.1f s |%n", (last - started) / 1e9);
        System.out.printf(Locale.ROOT, "| Filing p50 / p99 | %d / %d ms |%n", pct(fileMillis, 50), pct(fileMillis, 99));
        System.out.printf(Locale.ROOT, "| Notice list (50) while the dispatcher runs, p50 / p99 (%d probes) | %d / %d ms |%n",
                listMillis.size(), pct(listMillis, 50), pct(listMillis, 99));
    }

    private static long pct(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static String post(String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), url);
    }

    private static String get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build(), url);
    }

    private static String send(HttpRequest request, String url) {
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(url + " -> " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
