package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The process that crash tests kill: enqueues notices into an outbox directory, then flushes it.
 * A test starts it in a child JVM, kills it with {@code Process.destroyForcibly()} in the middle of
 * the flush, flushes the same directory from another process and checks that the service holds
 * every notice exactly once.
 *
 * <pre>
 * java -cp &lt;field-client classes, test classes and dependencies&gt; \
 *     id.go.bimakota.pilar.client.OutboxCrashHarness \
 *     --base-url=http://localhost:8081 --dir=/tmp/outbox --username=psm.kolo --password=… \
 *     [--count=20] [--label=crash-7] [--pause-ms=50] [--flush=true] [--start=2026-12-01T01:00:00Z] \
 *     [--kelurahan=52.72.03.1004]
 * </pre>
 *
 * Each notice gets the description {@code "<label> #<i>"} so the test can count them on the server,
 * is filed for {@code --kelurahan} (default Kolo, 52.72.03.1004), RW 2 RT 3, and starts at
 * {@code --start} plus i minutes (default: two days from now, on the hour; a start in the past is
 * refused). {@code --pause-ms} waits after every answer, before the outbox records it: a kill then
 * lands where it hurts most, after the service applied an item and before the client knows.
 * {@code --count=0} only flushes. Prints {@code enqueued <n>} once the items are on disk,
 * {@code answered <k>} as the k-th notice POST is answered (before the pause, so a test that kills on
 * that line kills before the outbox records the answer), and {@code flushed sent=… rejected=… pending=…}
 * at the end. Exits 0; 1 on bad arguments.
 */
public final class OutboxCrashHarness {

    private OutboxCrashHarness() {
    }

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        if (!options.keySet().containsAll(List.of("base-url", "dir", "username", "password"))) {
            System.err.println("usage: --base-url=… --dir=… --username=… --password=… [--count=20] [--label=…]"
                    + " [--pause-ms=0] [--flush=true]");
            System.exit(1);
        }
        int count = Integer.parseInt(options.getOrDefault("count", "20"));
        String label = options.getOrDefault("label", "crash");
        long pauseMillis = Long.parseLong(options.getOrDefault("pause-ms", "0"));
        AtomicInteger answered = new AtomicInteger();
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (options.get("base-url").startsWith("http:")) {
            // Loading the TLS trust store takes seconds in a cold JVM; plain HTTP needs none of it.
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        OkHttpClient http = builder
                .addInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    if ("POST".equals(chain.request().method())
                            && chain.request().url().encodedPath().endsWith("/api/v1/notices")) {
                        System.out.println("answered " + answered.incrementAndGet());
                        System.out.flush();
                    }
                    pause(pauseMillis);
                    return response;
                })
                .build();
        try (PilarClient client = PilarClient.builder()
                .baseUrl(options.get("base-url"))
                .credentials(options.get("username"), options.get("password"))
                .outboxDirectory(Paths.get(options.get("dir")))
                .okHttpClient(http)
                .build()) {
            Instant start = options.containsKey("start") ? Instant.parse(options.get("start"))
                    : Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
            for (int i = 0; i < count; i++) {
                client.outbox().enqueue(notice(options.getOrDefault("kelurahan", "52.72.03.1004"),
                        start.plus(Duration.ofMinutes(i)), label + " #" + i));
            }
            System.out.println("enqueued " + count);
            System.out.flush();
            if (Boolean.parseBoolean(options.getOrDefault("flush", "true"))) {
                SyncReport report = client.outbox().flush();
                System.out.println("flushed sent=" + report.sent() + " rejected=" + report.rejected() + " pending="
                        + report.pending());
            }
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }

    private static NewNotice notice(String kelurahan, Instant start, String description) {
        return NewNotice.builder().kelurahanCode(kelurahan).rw(2).rt(3).plannedStart(start)
                .plannedEnd(start.plus(Duration.ofHours(2))).purpose(NoticePurpose.HOME_VISIT)
                .description(description).build();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return options;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
