package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.client.OutboxItem.Kind;
import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.OutboxSender.Outcome;
import id.go.bimakota.pilar.client.OutboxSender.Refused;
import id.go.bimakota.pilar.client.OutboxSender.Sent;
import id.go.bimakota.pilar.client.OutboxSender.Stopped;
import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Cancellation;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewCaseNote;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.OutboxRequest;
import id.go.bimakota.pilar.client.model.Problem;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Offline-first writes. {@code enqueue…} stores a request durably in the outbox directory and returns
 * without touching the network; {@link #flush()} sends what is pending. Each item carries an
 * Idempotency-Key made when it is enqueued and reused on every attempt, so however often a flush is
 * interrupted and repeated (even by another process on the same directory), the service applies it
 * once.
 *
 * <p>To act on a notice or case that is itself still in the outbox, pass its {@link OutboxItem#ref()}
 * where its id is expected.
 *
 * <p>A flush sends up to {@link PilarClient.Builder#outboxParallelism(int)} items at once, because one
 * at a time spends most of a flush waiting for answers. Items that refer to each other, or act on the
 * same notice or case, still go one after another in enqueue order.
 *
 * <p>All methods are thread-safe. {@code enqueue…}, {@link #items()} and {@link #discard(String)} only
 * touch the disk; {@link #flush()} blocks on the network (sending on threads of its own, named
 * {@code pilar-outbox-send-<n>}, that end with the pass) and waits for any other flush of the same
 * directory to end first.
 */
public final class Outbox {

    private final OutboxStore store;
    private final OutboxSender sender;
    private final ObjectMapper mapper;
    private final Session session;
    private final String language;
    private final Clock clock;
    private final int parallelism;
    private AutoSync autoSync;

    /** {@code parallelism}: how many items a flush sends at once, 1 to 16. */
    Outbox(OutboxStore store, OutboxSender sender, ObjectMapper mapper, Session session, String language,
            Clock clock, int parallelism) {
        this.store = store;
        this.sender = sender;
        this.mapper = mapper;
        this.session = session;
        this.language = language;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    /** Files a notice; works with no network at all. */
    public OutboxItem enqueue(NewNotice notice) {
        return add(Kind.NEW_NOTICE, null, notice);
    }

    /** Reports a case; works with no network at all. */
    public OutboxItem enqueue(NewCase newCase) {
        return add(Kind.NEW_CASE, null, newCase);
    }

    public OutboxItem acknowledgeNotice(String noticeId, Acknowledgement acknowledgement) {
        return add(Kind.ACKNOWLEDGE_NOTICE, requireTarget(noticeId), acknowledgement);
    }

    /** Completes a notice with its visit report; {@code noticeId} may be a {@link OutboxItem#ref()}. */
    public OutboxItem completeNotice(String noticeId, VisitReport report) {
        return add(Kind.COMPLETE_NOTICE, requireTarget(noticeId), report);
    }

    public OutboxItem cancelNotice(String noticeId, String reason) {
        return add(Kind.CANCEL_NOTICE, requireTarget(noticeId), new Cancellation(reason));
    }

    public OutboxItem addCaseNote(String caseId, String text) {
        return add(Kind.ADD_CASE_NOTE, requireTarget(caseId), new NewCaseNote(text));
    }

    /** Every item, in enqueue order, with its state. */
    public List<OutboxItem> items() {
        try {
            return List.copyOf(store.load().stream().map(this::view).collect(Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes a REJECTED item for good. Items that depend on it are rejected at the next flush.
     *
     * @throws IllegalStateException if the item is not rejected: a pending item may be on its way
     * @throws NoSuchElementException if there is no such item
     */
    public void discard(String id) {
        try {
            StoredItem item = store.load().stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("No outbox item " + id));
            if (item.state() != State.REJECTED) {
                throw new IllegalStateException("Only rejected items can be discarded; " + id + " is " + item.state());
            }
            store.delete(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes SENT items that no unsent item refers to, to keep the directory small; returns how many.
     * Waits for a running flush to end.
     */
    public int clearSent() {
        try {
            return store.exclusively(() -> {
                List<StoredItem> all = store.load();
                Set<String> stillNeeded = new HashSet<>();
                all.stream().filter(i -> i.state() != State.SENT).forEach(i -> stillNeeded.addAll(i.dependsOn()));
                int removed = 0;
                for (StoredItem item : all) {
                    if (item.state() == State.SENT && !stillNeeded.contains(item.id())) {
                        store.delete(item);
                        removed++;
                    }
                }
                store.deleteTemporaryFiles();
                return removed;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One pass: tries every pending item now, up to {@link PilarClient.Builder#outboxParallelism(int)}
     * at once. Items that refer to each other ({@link OutboxItem#ref()}) or act on the same notice or
     * case go one after another, in enqueue order; with a parallelism of 1 every item does.
     *
     * <p>A transient answer (5xx, 408, 429) leaves that item pending and the pass goes on; any other
     * 4xx rejects that item and the pass goes on; an item waiting for another one that is still
     * pending stays pending. The first network failure (or failed login) ends the pass: no further
     * item starts, the ones already on their way are answered and recorded, the rest stay pending.
     * Until the service has answered one item the pass sends one at a time, so that with no network
     * or a wrong password it costs one attempt, not several: the service locks an account after a few
     * failed logins.
     *
     * <p>Returns once every item of the pass is answered and recorded. If the thread is interrupted,
     * no further item starts. The report lists the items in enqueue order.
     *
     * @throws UncheckedIOException if an answer cannot be recorded on disk; thrown once the items
     *     already on their way are answered
     */
    public SyncReport flush() {
        return flush(() -> false);
    }

    /** A pass in which no item starts once {@code stop} turns true. */
    private SyncReport flush(BooleanSupplier stop) {
        try {
            return store.whileFlushing(() -> new Pass(store.load(), stop).run());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes now and then repeatedly, every {@code interval} while nothing is stuck, backing off while it is. */
    public void startAutoSync(Duration interval) {
        startAutoSync(interval, report -> { });
    }

    /**
     * Like {@link #startAutoSync(Duration)}, telling {@code listener} about every pass (on the sync
     * thread). Starting again replaces the running background sync.
     */
    public void startAutoSync(Duration interval, Consumer<SyncReport> listener) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        AutoSync started = new AutoSync(this::flush, new Backoff(interval, new SecureRandom()), listener);
        swapAutoSync(started);
        started.start();
    }

    /** Stops background sync; if a pass is under way, waits for the items it is sending to be answered. */
    public void stopAutoSync() {
        swapAutoSync(null);
    }

    private void swapAutoSync(AutoSync next) {
        AutoSync previous;
        synchronized (this) {
            previous = autoSync;
            autoSync = next;
        }
        // Outside the lock: stopping waits for a pass whose listener may itself call stopAutoSync().
        if (previous != null) {
            previous.stop();
        }
    }

    private OutboxItem add(Kind kind, String target, OutboxRequest request) {
        JsonNode body = mapper.valueToTree(request);
        try {
            List<String> dependsOn = List.copyOf(Refs.in(target, body));
            requireKnown(dependsOn);
            StoredItem item = store.append(seq -> new StoredItem(StoredItem.FORMAT, UUID.randomUUID().toString(), seq,
                    kind, target, body, UUID.randomUUID().toString(), session.username(), clock.instant(),
                    State.PENDING, 0, null, null, null, null, dependsOn));
            return view(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireKnown(List<String> itemIds) throws IOException {
        if (itemIds.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        store.load().forEach(item -> known.add(item.id()));
        for (String id : itemIds) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("No outbox item " + id + " to refer to");
            }
        }
    }

    private static String requireTarget(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an id (or an OutboxItem.ref()) is required");
        }
        return id;
    }

    private OutboxItem view(StoredItem item) {
        return new OutboxItem(item.id(), item.kind(), item.target(), request(item), item.state(),
                item.idempotencyKey(), item.enqueuedAt(), item.attempts(), item.lastAttemptAt(), item.serverId(),
                item.serverNumber(), item.problem());
    }

    private OutboxRequest request(StoredItem item) {
        try {
            return mapper.treeToValue(item.body(), item.kind().requestType());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items belong to the user who enqueued them: sending them under another login would misattribute them. */
    private boolean isMine(StoredItem item) {
        return Objects.equals(lower(item.username()), lower(session.username()));
    }

    private static String lower(String username) {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }

    /**
     * One flush, over the items as they were when it began. Its pending items are split into lanes:
     * an item shares a lane with the items it refers to and with those acting on the same notice or
     * case. A lane goes one item after another, in enqueue order; lanes go side by side on a pool of
     * {@code parallelism} threads.
     */
    private final class Pass {

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

        Pass(List<StoredItem> items, BooleanSupplier stop) {
            this.items = items;
            this.stop = stop;
            items.forEach(item -> byId.put(item.id(), item));
        }

        SyncReport run() throws IOException {
            List<StoredItem> pending = items.stream().filter(item -> item.state() == State.PENDING)
                    .collect(Collectors.toList());
            List<List<StoredItem>> lanes = lanes(pending);
            if (!lanes.isEmpty()) {
                runAll(lanes);
            }
            List<OutboxItem> seen = pending.stream().map(item -> view(byId.get(item.id()))).collect(Collectors.toList());
            int stillPending = (int) seen.stream().filter(item -> item.state() == State.PENDING).count();
            return new SyncReport(sent.get(), rejected.get(), stillPending, seen, stoppedBy.get(), retryAfter.get());
        }

        /** The pending items grouped so that items whose order matters share a lane; lanes in enqueue order. */
        private List<List<StoredItem>> lanes(List<StoredItem> pending) {
            if (parallelism == 1 || pending.size() < 2) {
                return pending.isEmpty() ? List.of() : List.of(pending);
            }
            // Union-find over the items; two items that share an ordering key end up with one root.
            int[] parent = new int[pending.size()];
            Map<String, Integer> firstWithKey = new HashMap<>();
            for (int i = 0; i < pending.size(); i++) {
                parent[i] = i;
                for (String key : orderingKeys(pending.get(i))) {
                    Integer earlier = firstWithKey.putIfAbsent(key, i);
                    if (earlier != null) {
                        parent[root(parent, i)] = root(parent, earlier);
                    }
                }
            }
            Map<Integer, List<StoredItem>> lanes = new LinkedHashMap<>();
            for (int i = 0; i < pending.size(); i++) {
                lanes.computeIfAbsent(root(parent, i), root -> new ArrayList<>()).add(pending.get(i));
            }
            return List.copyOf(lanes.values());
        }

        /**
         * What an item must stay in order with: itself, the pending items it refers to, and the
         * notice or case it acts on, by server id even where it names it by the ref of a sent item.
         */
        private Set<String> orderingKeys(StoredItem item) {
            Set<String> keys = new HashSet<>();
            keys.add("item " + item.id());
            for (String dependency : item.dependsOn()) {
                StoredItem other = byId.get(dependency);
                if (other != null && other.state() == State.PENDING) {
                    keys.add("item " + dependency);
                }
            }
            if (item.target() != null) {
                String ref = Refs.itemId(item.target());
                StoredItem referred = ref == null ? null : byId.get(ref);
                if (ref == null) {
                    keys.add("subject " + item.target());
                } else if (referred != null && referred.serverId() != null) {
                    keys.add("subject " + referred.serverId());
                }
            }
            return keys;
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
            PilarApiException failure = ((Refused) outcome).problem();
            Problem problem = failure.problem().orElseThrow(() -> new IllegalStateException("an answer without a problem"));
            if (failure.isRetryable()) {
                failure.retryAfter().ifPresent(wait -> retryAfter.accumulateAndGet(wait,
                        (longest, next) -> longest == null || next.compareTo(longest) > 0 ? next : longest));
                return save(item.attempted(now, problem));
            }
            return reject(item.attempted(now, null), problem);
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
            boolean indonesian = language.toLowerCase(Locale.ROOT).startsWith("id");
            String title = indonesian ? "Bergantung pada item outbox yang ditolak"
                    : "Depends on a rejected outbox item";
            String detail = indonesian
                    ? "Item outbox " + dependency + " ditolak atau dibuang, jadi item ini tidak dapat dikirim."
                    : "Outbox item " + dependency + " was rejected or discarded, so this item cannot be sent.";
            return new Problem("/problems/outbox-dependency-rejected", title, 424, detail, null, null, null,
                    Map.of("dependsOn", dependency));
        }
    }

    /** The representative of {@code i}'s set in a union-find forest, halving paths on the way. */
    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
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
