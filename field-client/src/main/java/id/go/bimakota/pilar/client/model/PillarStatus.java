package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a pillar is active. */
public enum PillarStatus {
    ACTIVE,
    INACTIVE,
    TRANSFERRED_OUT,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
