package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How soon a case needs attention. */
public enum Urgency {
    NORMAL,
    URGENT,
    EMERGENCY,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
