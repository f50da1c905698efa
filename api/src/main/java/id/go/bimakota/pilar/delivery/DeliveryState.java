package id.go.bimakota.pilar.delivery;

/**
 * Where a delivery stands. It only moves forward: a late or repeated provider report never takes a
 * delivery back (DELIVERED never becomes SENT again), and the final states stay final.
 */
public enum DeliveryState {
    QUEUED(0), SENDING(1), SENT(2), DELIVERED(3), READ(4), FAILED(5), SUPPRESSED(5), EXPIRED(5);

    private final int rank;

    DeliveryState(int rank) {
        this.rank = rank;
    }

    /** Nothing more will be sent (a provider may still report DELIVERED or READ after SENT). */
    public boolean isDone() {
        return rank >= SENT.rank;
    }

    /** May a provider's report move a delivery from this state to {@code next}? */
    boolean mayBecome(DeliveryState next) {
        if (this == FAILED || this == SUPPRESSED || this == EXPIRED) {
            return false;
        }
        if (next == FAILED) {
            return this == SENDING || this == SENT; // a message reported delivered did arrive
        }
        return next.rank > rank;
    }

    /** May an ADMIN send it again? Only when it did not go. */
    boolean mayRetry() {
        return this == FAILED || this == EXPIRED || this == SUPPRESSED;
    }
}
