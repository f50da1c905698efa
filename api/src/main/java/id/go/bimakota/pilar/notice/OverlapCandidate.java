package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import java.time.Instant;
import java.util.UUID;

/**
 * A visit that may overlap others, read as the few columns an overlap shows. An inbox page at a
 * busy kelurahan has a thousand candidates: loaded as entities they were half of the page's work.
 */
record OverlapCandidate(UUID id, String number, String kelurahanCode, Purpose purpose, Instant plannedStart,
        Instant plannedEnd, Status status, Short rw, Short rt, UUID leadPillarId, boolean hasOverlap) {

    /** Whether this is another visit to the kelurahan during the span (candidates are never cancelled). */
    boolean overlaps(UUID visit, String kelurahan, Instant start, Instant end) {
        return !id.equals(visit) && kelurahanCode.equals(kelurahan) && plannedStart.isBefore(end)
                && plannedEnd.isAfter(start);
    }
}
