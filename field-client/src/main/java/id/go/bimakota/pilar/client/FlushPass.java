package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.OutboxSender.Outcome;
import id.go.bimakota.pilar.client.OutboxSender.Refused;
import id.go.bimakota.pilar.client.OutboxSender.Sent;
import id.go.bimakota.pilar.client.OutboxSender.Stopped;
import id.go.bimakota.pilar.client.model.Problem;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * One flush, over the items as they were when it began, run under the outbox's flush lock: the
 * {@link LanePlanner lanes} go side by side on a pool of {@code parallelism} threads, each lane one
 * item after another, and every answer is recorded in the item's file before the next item of its
 * lane starts.
 */
final class FlushPass {

    private final OutboxStore store;
    private final OutboxSender sender;
    private final ObjectMapper mapper;
    private final String username;
    private final Clock clock;
    private final int parallelism;
    private final OutboxMessages messages;
    private final List<StoredItem> items;
    private final BooleanSupplier stop;
    /** Every item of the pass by id, replaced by its new state once it is processed. */
    private final Map<String, StoredItem> byId = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicReference<PilarApiException> stoppedBy = new AtomicReference<>();
    private final AtomicReference<Duration> retryAfter = new AtomicReference<>();
    /**
     * Permits to send. The first lane starts holding the only one, so the oldest item goes first
     * and alone (a wrong password costs one login, not {@code parallelism}); once the service has
     * answered, there are {@code parallelism}.
     */
    private final Semaphore sending = new Semaphore(0);
    private final AtomicBoolean answered = new AtomicBoolean();
    /** A lane failed (the disk) or the flushing thread was interrupted: start no further item. */
    private volatile boolean halted;

    /**
     * {@code items}: every item of the outbox, in enqueue order; {@code username}: whose items may be
     * sent; no item starts once {@code stop} turns true.
     */
    FlushPass(OutboxStore store, OutboxSender sender, ObjectMapper mapper, String username, Clock clock,
            int parallelism, OutboxMessages messages, List<StoredItem> items, BooleanSupplier stop) {
        this.store = store;
        this.sender = sender;
        this.mapper = mapper;
        this.username = username;
        this.clock = clock;
        this.parallelism = parallelism;
        this.messages = messages;
        this.items = items;
        this.stop = stop;
        items.forEach(item -> byId.put(item.id(), item));
    }

    SyncReport run() throws IOException {
        List<List<StoredItem>> lanes = LanePlanner.lanes(items, parallelism);
        if (!lanes.isEmpty()) {
            runAll(lanes);
        }
        List<OutboxItem> seen = items.stream().filter(item -> item.state() == State.PENDING)
                .map(item -> byId.get(item.id()).view(mapper))
                .collect(Collectors.toList());
        int stillPending = (int) seen.stream().filter(item -> item.state() == State.PENDING).count();
        return new SyncReport(sent.get(), rejected.get(), stillPending, seen, stoppedBy.get(), retryAfter.get());
    }

    /** Runs the lanes and waits for all of them, even when one fails, so none outlives the flush lock. */
    private void runAll(List<List<StoredItem>> lanes) throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(parallelism, lanes.size()),
                new SendThreads());
        List<Future<Void>> running = new ArrayList<>();
        Throwable failure = null;
        try {
            for (int i = 0; i < lanes.size(); i++) {
                List<StoredItem> lane = lanes.get(i);
                boolean first = i == 0;
                running.add(executor.submit(() -> runLane(lane, first)));
            }
        } catch (RuntimeException | Error e) { // e.g. no thread could be started
            halted = true;
            failure = e;
        } finally {
            executor.shutdown();
        }
        boolean interrupted = false;
        for (Future<Void> lane : running) {
            while (true) {
                try {
                    lane.get();
                    break;
                } catch (InterruptedException e) {
                    // Like stopAutoSync: let the items on their way be answered, start no more.
                    interrupted = true;
                    halted = true;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    } else {
                        failure.addSuppressed(e.getCause());
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** {@code first}: this lane starts holding the pass's first permit (see {@link #sending}). */
    private Void runLane(List<StoredItem> lane, boolean first) throws IOException {
        boolean holding = first;
        try {
            for (StoredItem item : lane) {
                if (!isMine(item)) {
                    continue;
                }
                if (!holding) {
                    sending.acquireUninterruptibly();
                }
                holding = false;
                try {
                    if (stoppedBy.get() != null || halted || stop.getAsBoolean()) {
                        return null;
                    }
                    byId.put(item.id(), process(item));
                } finally {
                    sending.release();
                }
            }
            return null;
        } catch (Throwable t) {
            halted = true;
            throw t;
        } finally {
            if (holding) {
                sending.release(); // none of the first lane's items was this user's: pass the permit on
            }
        }
    }

    /** Items belong to the user who enqueued them: sending them under another login would misattribute them. */
    private boolean isMine(StoredItem item) {
        return Objects.equals(lower(item.username()), lower(username));
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private StoredItem process(StoredItem item) throws IOException {
        Map<String, String> serverIds = new HashMap<>();
        for (String dependency : item.dependsOn()) {
            // Read after this lane processed it: an item is in the lane of every item it refers to.
            StoredItem other = byId.get(dependency);
            if (other == null || other.state() == State.REJECTED
                    || (other.state() == State.SENT && other.serverId() == null)) {
                return reject(item, dependencyProblem(dependency));
            }
            if (other.state() == State.PENDING) {
                return item;
            }
            serverIds.put(dependency, other.serverId());
        }
        Outcome outcome = sender.send(item.kind(), Refs.resolve(item.target(), serverIds),
                Refs.resolve(item.body(), serverIds), item.idempotencyKey());
        if (!(outcome instanceof Stopped) && answered.compareAndSet(false, true)) {
            sending.release(parallelism - 1); // the service is reachable and the login works
        }
        return record(item, outcome);
    }

    private StoredItem record(StoredItem item, Outcome outcome) throws IOException {
        Instant now = clock.instant();
        if (outcome instanceof Sent created) {
            sent.incrementAndGet();
            return save(item.attempted(now, null).sent(created.serverId(), created.serverNumber()));
        }
        if (outcome instanceof Stopped halt) {
            // Not the item's doing: leave its file alone, so an offline phone does not wear its flash.
            stoppedBy.compareAndSet(null, halt.reason());
            return item;
        }
        Refused refusal = (Refused) outcome;
        if (refusal.retryable()) {
            refusal.retryAfter().ifPresent(wait -> retryAfter.accumulateAndGet(wait,
                    (longest, next) -> longest == null || next.compareTo(longest) > 0 ? next : longest));
            return save(item.attempted(now, refusal.problem()));
        }
        return reject(item.attempted(now, null), refusal.problem());
    }

    private StoredItem reject(StoredItem item, Problem problem) throws IOException {
        rejected.incrementAndGet();
        return save(item.rejected(problem));
    }

    private StoredItem save(StoredItem item) throws IOException {
        store.save(item);
        return item;
    }

    private Problem dependencyProblem(String dependency) {
        return new Problem("/problems/outbox-dependency-rejected", messages.text("dependencyRejected.title"), 424,
                messages.text("dependencyRejected.detail", dependency), null, null, null,
                Map.of("dependsOn", dependency));
    }

    /** Daemon threads, so that a pass never keeps an app's JVM alive. */
    private static final class SendThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "pilar-outbox-send-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
