package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a notice is in its workflow. */
public enum NoticeStatus {
    SUBMITTED,
    ACKNOWLEDGED,
    RESCHEDULE_REQUESTED,
    CANCELLED,
    COMPLETED,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
