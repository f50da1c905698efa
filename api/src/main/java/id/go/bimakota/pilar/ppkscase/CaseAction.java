package id.go.bimakota.pilar.ppkscase;

import com.fasterxml.jackson.annotation.JsonValue;
import id.go.bimakota.pilar.common.problem.ProblemException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The moves of the case workflow. On the wire they are the lower-case words of the workflow
 * ({@code verify}, {@code start-service}, …).
 */
public enum CaseAction {
    VERIFY("verify", false, CaseStatus.VERIFIED, EnumSet.of(CaseStatus.REPORTED)),
    REJECT("reject", true, CaseStatus.REJECTED, EnumSet.of(CaseStatus.REPORTED)),
    START_SERVICE("start-service", false, CaseStatus.IN_SERVICE, EnumSet.of(CaseStatus.VERIFIED, CaseStatus.REFERRED)),
    REFER("refer", true, CaseStatus.REFERRED, EnumSet.of(CaseStatus.IN_SERVICE)),
    CLOSE("close", true, CaseStatus.CLOSED, EnumSet.of(CaseStatus.IN_SERVICE, CaseStatus.REFERRED)),
    REOPEN("reopen", true, CaseStatus.VERIFIED, EnumSet.of(CaseStatus.CLOSED, CaseStatus.REJECTED)),
    /** The reporter takes the report back (e.g. filed by mistake); only while nobody has verified it. */
    WITHDRAW("withdraw", false, CaseStatus.WITHDRAWN, EnumSet.of(CaseStatus.REPORTED));

    private final String code;
    private final boolean needsNote;
    private final CaseStatus target;
    private final Set<CaseStatus> from;

    CaseAction(String code, boolean needsNote, CaseStatus target, Set<CaseStatus> from) {
        this.code = code;
        this.needsNote = needsNote;
        this.target = target;
        this.from = from;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The wire word or, leniently, the constant name ({@code START_SERVICE}); else a 400 on {@code field}. */
    public static CaseAction parse(String field, String value) {
        for (CaseAction action : values()) {
            if (action.code.equals(value) || action.name().equals(String.valueOf(value).toUpperCase(Locale.ROOT))) {
                return action;
            }
        }
        throw ProblemException.invalidField(field, "value.oneOf", codes());
    }

    public boolean needsNote() {
        return needsNote;
    }

    public CaseStatus target() {
        return target;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(CaseAction::code).toList());
    }
}
