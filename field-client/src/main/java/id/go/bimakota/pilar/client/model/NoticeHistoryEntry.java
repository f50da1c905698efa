package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/**
 * One step in a notice's history, oldest first: {@code action} is {@code submit}, {@code acknowledge},
 * {@code request-reschedule}, {@code reschedule}, {@code cancel}, {@code complete} or {@code join};
 * {@code actor} is the username of who took it.
 */
public record NoticeHistoryEntry(
        Instant at,
        String action,
        NoticeStatus fromStatus,
        NoticeStatus toStatus,
        String note,
        String actor) {
}
