package id.go.bimakota.pilar.ppkscase;

/** Where a PPKS case stands. Changed only through {@link CaseAction}s. */
public enum CaseStatus {
    REPORTED, VERIFIED, IN_SERVICE, REFERRED, CLOSED, REJECTED,
    /** Taken back by its reporter before anyone verified it. */
    WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != REJECTED && this != WITHDRAWN;
    }
}
