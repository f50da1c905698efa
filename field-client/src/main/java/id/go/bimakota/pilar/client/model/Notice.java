package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A coordination notice ("pemberitahuan turun lapangan"): where, when and why pillars go into a
 * kelurahan, and what became of it. {@code overlaps} lists the other live notices in the same
 * kelurahan whose time windows overlap this one, so pillars can {@code join} instead of duplicating.
 * A kelurahan user sees linked cases only as {@code caseCountsByCategory}, never {@code caseIds}.
 */
public record Notice(
        String id,
        String number,
        String kelurahanCode,
        Integer rw,
        Integer rt,
        String location,
        Instant plannedStart,
        Instant plannedEnd,
        NoticePurpose purpose,
        String description,
        String requestsToKelurahan,
        String leadPillarId,
        List<String> teamPillarIds,
        String otherParticipants,
        List<String> caseIds,
        Map<String, Integer> caseCountsByCategory,
        String contactPhone,
        NoticeStatus status,
        boolean shortNotice,
        boolean awaitingAcknowledgement,
        boolean completedWithoutAcknowledgement,
        Acknowledgement acknowledgement,
        RescheduleRequest rescheduleRequest,
        Cancellation cancellation,
        VisitReport visitReport,
        List<NoticeOverlap> overlaps,
        List<NoticeHistoryEntry> history,
        List<String> allowedActions,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Notice {
        teamPillarIds = teamPillarIds == null ? List.of() : List.copyOf(teamPillarIds);
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
        caseCountsByCategory = caseCountsByCategory == null ? Map.of() : Map.copyOf(caseCountsByCategory);
        overlaps = overlaps == null ? List.of() : List.copyOf(overlaps);
        history = history == null ? List.of() : List.copyOf(history);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }
}
