package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who reported a case. */
public enum SourceKind {
    PILLAR,
    KELURAHAN,
    PUBLIC,
    OTHER,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
