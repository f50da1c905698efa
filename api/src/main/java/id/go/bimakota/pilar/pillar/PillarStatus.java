package id.go.bimakota.pilar.pillar;

/** Where a pillar stands. Changed only by the deactivate/reactivate actions, never by a PATCH. */
public enum PillarStatus {
    /** Serving: appears in coverage and may be put on cases and notices. */
    ACTIVE,
    /** Paused or stopped serving; kept for history. */
    INACTIVE,
    /** Left Kota Bima for another region (as the Pendamping Sosial who came from Bima and Dompu did the other way). */
    TRANSFERRED_OUT
}
