package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.time.Instant;

/**
 * One event in a case's life, oldest first. {@code action} is the transition ({@code verify}, …) or,
 * for a {@link Type#FIELD_VISIT}, what happened to the linked notice ({@code notice-submit},
 * {@code notice-complete}, …); the other fields are set as they apply.
 */
public record TimelineEntry(
        String id,
        Instant at,
        Type type,
        String action,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        String note,
        String referredTo,
        String noticeId,
        String noticeNumber,
        Actor actor) {

    /** What a timeline entry records. */
    public enum Type {
        CREATED,
        TRANSITION,
        ASSIGNMENT,
        NOTE,
        /** A linked notice was filed, answered or completed. */
        FIELD_VISIT,
        /** A value added on the server after this client was built. */
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
