package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A PPKS case. {@code allowedActions} lists the transitions the caller may perform now (e.g.
 * {@code "verify"}); {@code possibleDuplicates} is filled on creation when the same NIK has a case in
 * another category; {@code referredTo} names the agency of a referred case. Kelurahan officers get no
 * {@code description}, {@code source} or street.
 */
public record Case(
        String id,
        String number,
        String category,
        CaseSubject subject,
        CaseAddress address,
        String description,
        Urgency urgency,
        CaseSource source,
        boolean consentRecorded,
        LocalDate consentDate,
        CaseStatus status,
        String referredTo,
        String leadPillarId,
        List<String> supportPillarIds,
        List<String> allowedActions,
        List<CaseSummary> possibleDuplicates,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Case {
        supportPillarIds = supportPillarIds == null ? List.of() : List.copyOf(supportPillarIds);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }
}
