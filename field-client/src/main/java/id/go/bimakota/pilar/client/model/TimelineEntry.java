package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/**
 * One event in a case's life, oldest first: {@code type} is e.g. {@code CREATED}, {@code TRANSITION},
 * {@code ASSIGNMENT}, {@code NOTE} or {@code NOTICE}; the other fields are set as they apply.
 */
public record TimelineEntry(
        Instant at,
        String type,
        Actor actor,
        String action,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        String note,
        String noticeId,
        String noticeNumber,
        String summary) {
}
