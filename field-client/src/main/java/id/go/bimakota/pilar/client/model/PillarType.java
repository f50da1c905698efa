package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kinds of social workers the Dinas coordinates. */
public enum PillarType {
    PSM,
    TKSK,
    PORDAM,
    TAGANA,
    FASILITATOR,
    PENDAMPING_SOSIAL,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
