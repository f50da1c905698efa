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

    /** What a timeline entry records. */
    public enum EventType {
        CREATED, TRANSITION, ASSIGNMENT, NOTE, FIELD_VISIT
    }
}
