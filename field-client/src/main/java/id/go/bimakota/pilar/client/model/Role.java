package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who a user is: Dinas staff, a pillar member or a kelurahan officer. */
public enum Role {
    ADMIN,
    PILLAR,
    KELURAHAN,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
