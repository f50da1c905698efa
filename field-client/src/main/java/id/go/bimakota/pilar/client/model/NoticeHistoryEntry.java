package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/** One step in a notice's history: created, acknowledged, rescheduled, joined, … */
public record NoticeHistoryEntry(
        Instant at,
        String action,
        Actor actor,
        NoticeStatus fromStatus,
        NoticeStatus toStatus,
        String note) {
}
