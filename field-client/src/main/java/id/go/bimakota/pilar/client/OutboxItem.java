package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Cancellation;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewCaseNote;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.OutboxRequest;
import id.go.bimakota.pilar.client.model.Problem;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.time.Instant;
import java.util.List;

/**
 * One write waiting in, or gone through, the outbox: a snapshot, as it was when it was read. Only the
 * outbox makes them, so fields can be added without breaking apps.
 */
public final class OutboxItem {

    static final String REF_PREFIX = "outbox:";

    /** What an item does on the service: the request it carries and where it goes. */
    public enum Kind {
        /** {@code POST /api/v1/notices}. */
        NEW_NOTICE(NewNotice.class, "notices", null),
        /** {@code POST /api/v1/notices/{target}/acknowledge}. */
        ACKNOWLEDGE_NOTICE(Acknowledgement.class, "notices", "acknowledge"),
        /** {@code POST /api/v1/notices/{target}/complete}. */
        COMPLETE_NOTICE(VisitReport.class, "notices", "complete"),
        /** {@code POST /api/v1/notices/{target}/cancel}. */
        CANCEL_NOTICE(Cancellation.class, "notices", "cancel"),
        /** {@code POST /api/v1/cases}. */
        NEW_CASE(NewCase.class, "cases", null),
        /** {@code POST /api/v1/cases/{target}/notes}. */
        ADD_CASE_NOTE(NewCaseNote.class, "cases", "notes");

        private final Class<? extends OutboxRequest> requestType;
        private final String collection;
        /** The action on one member of the collection; null for a creation, which posts to the collection. */
        private final String action;

        Kind(Class<? extends OutboxRequest> requestType, String collection, String action) {
            this.requestType = requestType;
            this.collection = collection;
            this.action = action;
        }

        /** The type of {@link OutboxItem#request()} for items of this kind. */
        public Class<? extends OutboxRequest> requestType() {
            return requestType;
        }

        /** The path under {@code /api/v1/} of an item of this kind acting on {@code target}, by segment. */
        List<String> pathSegments(String target) {
            return action == null ? List.of(collection) : List.of(collection, target, action);
        }
    }

    public enum State {
        /** Not yet answered for good; the next flush tries again with the same Idempotency-Key. */
        PENDING,
        /** Applied on the service exactly once. */
        SENT,
        /** The service refused it for good (a 4xx); see {@link #problem()}. Discard it or fix and re-enqueue. */
        REJECTED
    }

    private final String id;
    private final Kind kind;
    private final String target;
    private final OutboxRequest request;
    private final State state;
    private final String idempotencyKey;
    private final Instant enqueuedAt;
    private final int attempts;
    private final Instant lastAttemptAt;
    private final String serverId;
    private final String serverNumber;
    private final Problem problem;

    OutboxItem(String id, Kind kind, String target, OutboxRequest request, State state, String idempotencyKey,
            Instant enqueuedAt, int attempts, Instant lastAttemptAt, String serverId, String serverNumber,
            Problem problem) {
        this.id = id;
        this.kind = kind;
        this.target = target;
        this.request = request;
        this.state = state;
        this.idempotencyKey = idempotencyKey;
        this.enqueuedAt = enqueuedAt;
        this.attempts = attempts;
        this.lastAttemptAt = lastAttemptAt;
        this.serverId = serverId;
        this.serverNumber = serverNumber;
        this.problem = problem;
    }

    /** Local id of the item, for {@link Outbox#discard(String)}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The id of the notice or case an action applies to (or a {@link #ref()}); null for creations. */
    public String target() {
        return target;
    }

    /** The request body, of the type {@link Kind#requestType()} of its kind. */
    public OutboxRequest request() {
        return request;
    }

    /** The request body as {@code type}; throws {@link ClassCastException} if the item is of another kind. */
    public <T extends OutboxRequest> T request(Class<T> type) {
        return type.cast(request);
    }

    public State state() {
        return state;
    }

    /** Sent with every attempt, so the service applies the item at most once. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant enqueuedAt() {
        return enqueuedAt;
    }

    /** How many answers the service gave it (a lost connection does not count). */
    public int attempts() {
        return attempts;
    }

    /** When the last of those answers came; null before the first. */
    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    /** Once SENT: the id of the created or changed notice, case or note. */
    public String serverId() {
        return serverId;
    }

    /** Once SENT: the human number ({@code KL-2026-000045}, {@code PPKS-2026-000123}), if any. */
    public String serverNumber() {
        return serverNumber;
    }

    /** Why it was REJECTED, or the last transient failure of a PENDING item; null otherwise. */
    public Problem problem() {
        return problem;
    }

    /**
     * Stands for this item's server id in a later outbox request, before that id exists: pass it as
     * the notice or case id of an action, or in {@code caseIds}. The later item waits until this one
     * is SENT, then goes with the real id; if this one is rejected, so is the later one.
     */
    public String ref() {
        return REF_PREFIX + id;
    }

    @Override
    public String toString() {
        return "OutboxItem[id=" + id + ", kind=" + kind + ", state=" + state + ", target=" + target
                + ", serverNumber=" + serverNumber + ", request=" + request + "]";
    }
}
