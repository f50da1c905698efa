package id.go.bimakota.pilar.ppkscase;

/** The small closed vocabularies of a case. Codes are stable: add, never rename. */
public final class CaseEnums {

    private CaseEnums() {
    }

    public enum Urgency {
        NORMAL, URGENT, EMERGENCY
    }

    /** Who reported the case. */
    public enum SourceKind {
        PILLAR, KELURAHAN, PUBLIC, OTHER
    }

    /**
     * Whether a report may duplicate a case its reporter cannot read: only the Dinas sees this and
     * decides. Null when there was nothing to review.
     */
    public enum DuplicateReview {
        PENDING, NOT_DUPLICATE, DUPLICATE
    }

    /** What a timeline entry records. */
    public enum EventType {
        CREATED, TRANSITION, ASSIGNMENT, NOTE, FIELD_VISIT
    }
}
