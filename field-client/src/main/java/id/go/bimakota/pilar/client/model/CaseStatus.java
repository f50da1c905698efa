package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a PPKS case is in its workflow. */
public enum CaseStatus {
    REPORTED,
    VERIFIED,
    REJECTED,
    IN_SERVICE,
    REFERRED,
    CLOSED,
    /** Taken back by its reporter before anyone verified it. */
    WITHDRAWN,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
