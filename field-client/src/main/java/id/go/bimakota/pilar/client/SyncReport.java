package id.go.bimakota.pilar.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What one pass over the outbox did. */
public final class SyncReport {

    private final int sent;
    private final int rejected;
    private final int pending;
    private final List<OutboxItem> items;
    private final PilarApiException stoppedBy;
    private final Duration retryAfter;

    SyncReport(int sent, int rejected, int pending, List<OutboxItem> items, PilarApiException stoppedBy,
            Duration retryAfter) {
        this.sent = sent;
        this.rejected = rejected;
        this.pending = pending;
        this.items = List.copyOf(items);
        this.stoppedBy = stoppedBy;
        this.retryAfter = retryAfter;
    }

    /** Items the service accepted in this pass. */
    public int sent() {
        return sent;
    }

    /** Items the service refused for good in this pass. */
    public int rejected() {
        return rejected;
    }

    /** Items still pending after this pass. */
    public int pending() {
        return pending;
    }

    /** Every item this pass looked at (those pending when it began), in their state after it. */
    public List<OutboxItem> items() {
        return items;
    }

    /**
     * Why the pass ended early, leaving the rest pending: the service could not be reached, or the
     * login failed (then the user has to act, e.g. type their new password).
     */
    public Optional<PilarApiException> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /** The longest Retry-After the service asked for during the pass. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return "SyncReport[sent=" + sent + ", rejected=" + rejected + ", pending=" + pending
                + (stoppedBy == null ? "" : ", stoppedBy=" + stoppedBy.getMessage()) + "]";
    }
}
