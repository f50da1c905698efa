package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A coordination notice ("pemberitahuan turun lapangan"): where, when and why pillars go into a
 * kelurahan, and what became of it. {@code overlaps} lists the other visits to the same kelurahan
 * whose time windows overlap this one, so pillars can {@code join} instead of duplicating: all of them
 * on a single read or action answer, the first five (soonest first) in lists, where
 * {@code overlapCount} says how many there are in all.
 * A kelurahan officer sees linked cases only as {@code caseCountsByCategory}, never {@code caseIds}.
 * {@code history} is filled on single reads and action answers, not in lists.
 * {@code allowedActions} are the actions the caller may take now ({@code acknowledge},
 * {@code request-reschedule}, {@code reschedule}, {@code cancel}, {@code complete}, {@code join}).
 */
public record Notice(
        String id,
        String number,
        String kelurahanCode,
        String kelurahanName,
        String kecamatanCode,
        Integer rw,
        Integer rt,
        String location,
        Instant plannedStart,
        Instant plannedEnd,
        NoticePurpose purpose,
        String description,
        String requestsToKelurahan,
        String leadPillarId,
        String leadPillarName,
        List<String> teamPillarIds,
        String otherParticipants,
        List<String> caseIds,
        Map<String, Long> caseCountsByCategory,
        String contactPhone,
        NoticeStatus status,
        boolean shortNotice,
        boolean awaitingAcknowledgement,
        boolean completedWithoutAcknowledgement,
        Acknowledged acknowledgement,
        RescheduleRequest rescheduleRequest,
        String cancelReason,
        VisitReport visitReport,
        List<NoticeOverlap> overlaps,
        int overlapCount,
        List<NoticeHistoryEntry> history,
        List<String> allowedActions,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Notice {
        teamPillarIds = teamPillarIds == null ? List.of() : List.copyOf(teamPillarIds);
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
        caseCountsByCategory = caseCountsByCategory == null ? Map.of() : Map.copyOf(caseCountsByCategory);
        overlaps = overlaps == null ? List.of() : List.copyOf(overlaps);
        history = history == null ? List.of() : List.copyOf(history);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }

    /** The kelurahan's answer: who acknowledged (name and position), their note, and when. */
    public record Acknowledged(String acknowledgedBy, String note, Instant at) {
    }
}
