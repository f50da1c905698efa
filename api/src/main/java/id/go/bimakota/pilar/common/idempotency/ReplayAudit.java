package id.go.bimakota.pilar.common.idempotency;

/**
 * What a replayed answer must leave in the audit log: a replay that carries a full NIK is a read of
 * it like the first answer. Implemented by the audit log; this package knows no feature.
 */
public interface ReplayAudit {

    /** The audited reads of the current request so far, as one line to store with its answer; null if none. */
    String capturedReads();

    /** Records the stored reads again, for the caller of the replay (in its own transaction). */
    void replayed(String capturedReads);
}
