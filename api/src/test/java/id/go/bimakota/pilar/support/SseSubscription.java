package id.go.bimakota.pilar.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A streaming SSE connection; a reader thread feeds its lines to a queue so reads can time out. */
public final class SseSubscription implements AutoCloseable {

    public record Event(String id, String type, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseSubscription(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the connection
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects and waits for the answer's head: from then on, the feed holds every new event. */
    public static SseSubscription open(URI feed, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofLines()).get(15, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        return new SseSubscription(response);
    }

    /** The next event that is {@code wanted}, skipping others; fails after 15 s. */
    public Event next(Predicate<Event> wanted) throws InterruptedException {
        return next(wanted, Duration.ofSeconds(15));
    }

    public Event next(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> block = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (!line.isEmpty()) {
                block.add(line);
                continue;
            }
            Event event = parse(block);
            block.clear();
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        throw new AssertionError("no matching event within " + timeout);
    }

    /** Whether the service ended the stream (the connection reached its end) within the timeout. */
    public boolean endsWithin(Duration timeout) throws InterruptedException {
        reader.join(timeout.toMillis());
        return !reader.isAlive();
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }

    private static Event parse(List<String> block) {
        String id = null;
        String type = null;
        StringBuilder data = new StringBuilder();
        for (String line : block) {
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                type = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            }
        }
        return id == null ? null : new Event(id, type, data.toString());
    }
}
