package id.go.bimakota.pilar.ppkscase;

/** Where a PPKS case stands. Changed only through {@link CaseAction}s. */
public enum CaseStatus {
    REPORTED, VERIFIED, IN_SERVICE, REFERRED, CLOSED, REJECTED;

    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }
}
