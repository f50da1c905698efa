package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.Problem;
import java.time.Instant;

/**
 * One write waiting in, or gone through, the outbox.
 *
 * @param id local id of the item, for {@link Outbox#discard(String)}
 * @param kind what the item does
 * @param target the id of the notice or case an action applies to (or a {@link #ref()}); null for creations
 * @param request the request body: a {@code NewNotice}, {@code NewCase}, {@code Acknowledgement},
 *     {@code VisitReport}, {@code Cancellation} or {@code NewCaseNote}, as {@link Kind} says
 * @param idempotencyKey sent with every attempt, so the service applies the item at most once
 * @param attempts how many answers the service gave it (a lost connection does not count)
 * @param lastAttemptAt when the last of those answers came
 * @param serverId once SENT: the id of the created or changed notice, case or note
 * @param serverNumber once SENT: the human number ({@code KL-2026-000045}, {@code PPKS-2026-000123}), if any
 * @param problem why it was REJECTED, or the last transient failure of a PENDING item
 */
public record OutboxItem(
        String id,
        Kind kind,
        String target,
        Object request,
        State state,
        String idempotencyKey,
        Instant enqueuedAt,
        int attempts,
        Instant lastAttemptAt,
        String serverId,
        String serverNumber,
        Problem problem) {

    static final String REF_PREFIX = "outbox:";

    /** What an item does on the service. */
    public enum Kind {
        NEW_NOTICE,
        ACKNOWLEDGE_NOTICE,
        COMPLETE_NOTICE,
        CANCEL_NOTICE,
        NEW_CASE,
        ADD_CASE_NOTE
    }

    public enum State {
        /** Not yet answered for good; the next flush tries again with the same Idempotency-Key. */
        PENDING,
        /** Applied on the service exactly once. */
        SENT,
        /** The service refused it for good (a 4xx); see {@link #problem()}. Discard it or fix and re-enqueue. */
        REJECTED
    }

    /**
     * Stands for this item's server id in a later outbox request, before that id exists: pass it as
     * the notice or case id of an action, or in {@code caseIds}. The later item waits until this one
     * is SENT, then goes with the real id; if this one is rejected, so is the later one.
     */
    public String ref() {
        return REF_PREFIX + id;
    }
}
