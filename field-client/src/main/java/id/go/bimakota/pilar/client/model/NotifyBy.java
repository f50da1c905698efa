package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A channel by which the service tells a person about notices. */
public enum NotifyBy {
    WHATSAPP,
    EMAIL,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
