package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why a pillar goes into the field. */
public enum NoticePurpose {
    VERIFICATION,
    ASSESSMENT,
    HOME_VISIT,
    AID_DISTRIBUTION,
    DISASTER_RESPONSE,
    SOCIALIZATION,
    MEETING,
    OTHER,
    /** A value added on the server after this client was built; never send it. */
    @JsonEnumDefaultValue
    UNKNOWN
}
