package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.client.OutboxItem.Kind;
import id.go.bimakota.pilar.client.OutboxItem.State;
import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Cancellation;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewCaseNote;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.OutboxRequest;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
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
    private final OutboxMessages messages;
    private final Clock clock;
    private final int parallelism;
    private AutoSync autoSync;

    /**
     * {@code language}: of the problems the outbox writes itself; {@code parallelism}: how many items a
     * flush sends at once, 1 to 16.
     */
    Outbox(OutboxStore store, OutboxSender sender, ObjectMapper mapper, Session session, String language,
            Clock clock, int parallelism) {
        this.store = store;
        this.sender = sender;
        this.mapper = mapper;
        this.session = session;
        this.messages = OutboxMessages.forLanguage(language);
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
            return List.copyOf(store.load().stream().map(item -> item.view(mapper)).collect(Collectors.toList()));
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
            return store.whileFlushing(() -> new FlushPass(store, sender, mapper, session.username(), clock,
                    parallelism, messages, store.load(), stop).run());
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
            return item.view(mapper);
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
}
