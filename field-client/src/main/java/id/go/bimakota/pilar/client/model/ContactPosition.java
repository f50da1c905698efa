package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The position of a kelurahan contact. */
public enum ContactPosition {
    LURAH,
    SEKRETARIS_LURAH,
    KASI_KESOS,
    KETUA_RW,
    KETUA_RT,
    OTHER,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
