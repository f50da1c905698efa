package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The workflow actions of a case, sent as {@code action} of a transition. {@code REJECT},
 * {@code REFER}, {@code CLOSE} and {@code REOPEN} need a note; {@code REFER} also {@code referredTo}.
 */
public enum CaseAction {
    @JsonProperty("verify") VERIFY("verify"),
    @JsonProperty("reject") REJECT("reject"),
    @JsonProperty("start-service") START_SERVICE("start-service"),
    @JsonProperty("refer") REFER("refer"),
    @JsonProperty("close") CLOSE("close"),
    @JsonProperty("reopen") REOPEN("reopen"),
    /** The reporter takes back a report nobody has verified yet. */
    @JsonProperty("withdraw") WITHDRAW("withdraw");

    private final String code;

    CaseAction(String code) {
        this.code = code;
    }

    /** The name on the wire, as listed in {@link Case#allowedActions()}. */
    public String code() {
        return code;
    }
}
