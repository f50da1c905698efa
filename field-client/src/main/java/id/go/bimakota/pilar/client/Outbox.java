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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
 * <p>All methods are thread-safe. {@code enqueue…}, {@link #items()} and {@link #discard(String)} only
 * touch the disk; {@link #flush()} blocks on the network and waits for any other flush of the same
 * directory to end first.
 */
public final class Outbox {

    private final OutboxStore store;
    private final OutboxSender sender;
    private final ObjectMapper mapper;
    private final Session session;
    private final String language;
    private final Clock clock;
    private AutoSync autoSync;

    Outbox(OutboxStore store, OutboxSender sender, ObjectMapper mapper, Session session, String language,
            Clock clock) {
        this.store = store;
        this.sender = sender;
        this.mapper = mapper;
        this.session = session;
        this.language = language;
        this.clock = clock;
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
            return store.load().stream().map(this::view).toList();
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
     * One pass: tries every pending item now, in enqueue order. The pass stops at the first network
     * failure (or failed login), leaving the rest pending; a transient answer (5xx, 408, 429) leaves
     * that item pending and goes on; any other 4xx rejects that item and goes on; an item waiting for
     * another one that is still pending stays pending.
     */
    public SyncReport flush() {
        return flush(() -> false);
    }

    /** A pass that ends early, between two items, once {@code stop} turns true. */
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

    /** Stops background sync; if a pass is under way, waits for the item it is sending to be answered. */
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

    private OutboxItem add(Kind kind, String target, Object request) {
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

    private Object request(StoredItem item) {
        Class<?> type = switch (item.kind()) {
            case NEW_NOTICE -> NewNotice.class;
            case ACKNOWLEDGE_NOTICE -> Acknowledgement.class;
            case COMPLETE_NOTICE -> VisitReport.class;
            case CANCEL_NOTICE -> Cancellation.class;
            case NEW_CASE -> NewCase.class;
            case ADD_CASE_NOTE -> NewCaseNote.class;
        };
        try {
            return mapper.treeToValue(item.body(), type);
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

    /** One flush, over the items as they were when it began. */
    private final class Pass {

        private final List<StoredItem> items;
        private final BooleanSupplier stop;
        private final Map<String, StoredItem> byId = new HashMap<>();
        private final List<OutboxItem> seen = new ArrayList<>();
        private int sent;
        private int rejected;
        private PilarApiException stoppedBy;
        private Duration retryAfter;

        Pass(List<StoredItem> items, BooleanSupplier stop) {
            this.items = items;
            this.stop = stop;
            items.forEach(item -> byId.put(item.id(), item));
        }

        SyncReport run() throws IOException {
            for (StoredItem item : items) {
                if (item.state() == State.PENDING) {
                    boolean go = stoppedBy == null && !stop.getAsBoolean() && isMine(item);
                    StoredItem after = go ? process(item) : item;
                    byId.put(after.id(), after);
                    seen.add(view(after));
                }
            }
            int pending = (int) seen.stream().filter(item -> item.state() == State.PENDING).count();
            return new SyncReport(sent, rejected, pending, seen, stoppedBy, retryAfter);
        }

        private StoredItem process(StoredItem item) throws IOException {
            Map<String, String> serverIds = new HashMap<>();
            for (String dependency : item.dependsOn()) {
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
            return record(item, outcome);
        }

        private StoredItem record(StoredItem item, Outcome outcome) throws IOException {
            Instant now = clock.instant();
            if (outcome instanceof Sent created) {
                sent++;
                return save(item.attempted(now, null).sent(created.serverId(), created.serverNumber()));
            }
            if (outcome instanceof Stopped halt) {
                // Not the item's doing: leave its file alone, so an offline phone does not wear its flash.
                stoppedBy = halt.reason();
                return item;
            }
            PilarApiException failure = ((Refused) outcome).problem();
            Problem problem = failure.problem().orElseThrow();
            if (failure.isRetryable()) {
                failure.retryAfter().filter(wait -> retryAfter == null || wait.compareTo(retryAfter) > 0)
                        .ifPresent(wait -> retryAfter = wait);
                return save(item.attempted(now, problem));
            }
            return reject(item.attempted(now, null), problem);
        }

        private StoredItem reject(StoredItem item, Problem problem) throws IOException {
            rejected++;
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
}
