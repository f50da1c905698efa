package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Gender as on the KTP: {@code L} (laki-laki) or {@code P} (perempuan). */
public enum Gender {
    L,
    P,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
