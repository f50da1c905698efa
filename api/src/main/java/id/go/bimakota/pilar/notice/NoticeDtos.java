package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.common.web.Versioned;
import id.go.bimakota.pilar.area.AreaCodes;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the notice endpoints. */
public final class NoticeDtos {

    private NoticeDtos() {
    }

    /** Who reads a notice's free text: said on the fields so that writers know. */
    static final String LOCATION_READERS = "Free text read by every pillar and the Dinas, by the kelurahan officers of "
            + "the notice's kelurahan, and printed in the notice letter: never write a PPKS's name, NIK or situation here";

    static final String DESCRIPTION_READERS = "Free text read by every pillar and the Dinas and by the kelurahan "
            + "officers of the notice's kelurahan (not printed in the letter): never write a PPKS's name or NIK here";

    static final String OUTCOME_READERS = "Free text read by the pillars and the Dinas only; the kelurahan sees the "
            + "structured fields (householdsVisited, followUpNeeded, case counts per category), never this text. "
            + "Still, write no NIK here";

    @Schema(name = "NoticeVisitReport", description = "What happened on the visit, as the caller may see it")
    public record VisitReportView(
            @Schema(description = "Null for KELURAHAN users. " + OUTCOME_READERS,
                    examples = "3 rumah dikunjungi, 1 lansia perlu kursi roda.") String outcome,
            @Schema(required = true, examples = "3") Integer householdsVisited,
            @Schema(required = true) Boolean followUpNeeded,
            @Schema(description = "Cases the visit concerned: only for callers who may read all of them "
                    + "(the notice's caseCountsByCategory counts them otherwise)") Set<UUID> caseIds) {
    }

    @Schema(name = "NewNotice", description = "A field visit announced to the kelurahan")
    public record NewNotice(
            @NotBlank @Schema(required = true, examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN)
            String kelurahanCode,
            @Min(1) @Max(999) @Schema(examples = "2") Integer rw,
            @Min(1) @Max(999) @Schema(examples = "3") Integer rt,
            @Size(max = 300) @Schema(maxLength = 300, examples = "Rumah Ketua RT 003, Jl. Gajah Mada",
                    description = LOCATION_READERS) String location,
            @NotNull @Schema(required = true, examples = "2026-12-01T01:00:00Z") Instant plannedStart,
            @NotNull @Schema(required = true, description = "After the start, at most 12 hours later",
                    examples = "2026-12-01T04:00:00Z") Instant plannedEnd,
            @NotNull @Schema(required = true, examples = "HOME_VISIT") Purpose purpose,
            @Size(max = 4000) @Schema(maxLength = 4000, examples = "Asesmen lansia telantar di RT 003.",
                    description = DESCRIPTION_READERS) String description,
            @Size(max = 1000) @Schema(maxLength = 1000, examples = "Mohon didampingi Ketua RT 003.") String requestsToKelurahan,
            @Schema(description = "The lead pillar; a PILLAR caller leads their own notices (ADMIN must name one)")
            UUID leadPillarId,
            @Size(max = 30) Set<UUID> teamPillarIds,
            @Size(max = 1000) @Schema(maxLength = 1000, examples = "2 staf Dinas Sosial") String otherParticipants,
            @Size(max = 30) @Schema(description = "Linked PPKS cases; each must be a case the caller may read (else 400 "
                    + "naming caseIds, the same for an unknown case). The kelurahan sees them only as counts per category")
            Set<UUID> caseIds,
            @Size(max = 32) @Schema(description = "Default: the lead pillar's phone", maxLength = 32,
                    pattern = Phones.INPUT_PATTERN, examples = "0812-3456-7890")
            String contactPhone) {
    }

    @Schema(name = "NoticePatch", description = "Only the fields present change; times change only through reschedule")
    public record NoticePatch(
            @Size(max = 4000) @Schema(examples = "Asesmen lansia telantar di RT 003 dan RT 004.", description = DESCRIPTION_READERS)
            String description,
            @Size(max = 300) @Schema(examples = "Kantor Kelurahan Kolo", description = LOCATION_READERS) String location,
            @Size(max = 30) Set<UUID> teamPillarIds,
            @Size(max = 1000) @Schema(examples = "2 staf Dinas Sosial, 1 bidan Puskesmas Asakota") String otherParticipants,
            @Size(max = 32) @Schema(pattern = Phones.INPUT_PATTERN, examples = "0852-3900-1122") String contactPhone,
            @Size(max = 30) @Schema(description = "The linked PPKS cases, replacing those the caller may read (links to "
                    + "cases outside the caller's scope stay); each must be a case the caller may read, else 400")
            Set<UUID> caseIds) {
    }

    @Schema(name = "NoticeAcknowledgement")
    public record Acknowledgement(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "Name and position",
                    examples = "H. Abdul Rahman, Lurah Kolo") String acknowledgedBy,
            @Size(max = 1000) @Schema(examples = "Ketua RT 003 akan mendampingi.") String note) {
    }

    @Schema(name = "NoticeRescheduleRequest")
    public record RescheduleRequest(
            @NotNull @Schema(required = true) Instant proposedStart,
            @NotNull @Schema(required = true) Instant proposedEnd,
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Ada kegiatan posyandu pada jam tersebut.")
            String reason) {
    }

    @Schema(name = "NoticeReschedule")
    public record Reschedule(
            @NotNull @Schema(required = true) Instant plannedStart,
            @NotNull @Schema(required = true) Instant plannedEnd,
            @Size(max = 1000) @Schema(examples = "Dijadwalkan ulang sesuai permintaan kelurahan.") String note) {
    }

    @Schema(name = "NoticeCancellation")
    public record Cancellation(
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Cuaca buruk, kunjungan ditunda.")
            String reason) {
    }

    @Schema(name = "VisitReport", description = "What happened on the visit")
    public record VisitReport(
            @NotBlank @Size(max = 4000) @Schema(required = true, examples = "3 rumah dikunjungi, 1 lansia perlu kursi roda.",
                    description = OUTCOME_READERS) String outcome,
            @NotNull @Min(0) @Max(10000) @Schema(required = true, examples = "3") Integer householdsVisited,
            @NotNull @Schema(required = true) Boolean followUpNeeded,
            @Size(max = 30) @Schema(description = "Cases the visit concerned (added to the notice's links)")
            Set<UUID> caseIds) {
    }

    @Schema(name = "NoticeOverlap", description = "Another visit to the same kelurahan at an overlapping time")
    public record Overlap(UUID id, @Schema(examples = "KL-2026-000045") String number, Purpose purpose,
            Instant plannedStart, Instant plannedEnd, Status status, Integer rw, Integer rt,
            @Schema(examples = "Nurhasanah") String leadPillarName,
            @Schema(examples = "+6281234567890") String leadPillarPhone) {
    }

    @Schema(name = "NoticeHistoryEntry")
    public record HistoryEntry(Instant at, @Schema(examples = "acknowledge") String action, Status fromStatus,
            Status toStatus, String note, @Schema(examples = "lurah.kolo") String actor) {
    }

    @Schema(name = "NoticeAcknowledgementInfo")
    public record AcknowledgementInfo(@Schema(examples = "H. Abdul Rahman, Lurah Kolo") String acknowledgedBy,
            @Schema(examples = "Ketua RT 003 akan mendampingi.") String note, Instant at) {
    }

    @Schema(name = "NoticeRescheduleInfo")
    public record RescheduleInfo(Instant proposedStart, Instant proposedEnd,
            @Schema(examples = "Ada kegiatan posyandu pada jam tersebut.") String reason) {
    }

    @Schema(name = "NoticeView")
    public record NoticeView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "KL-2026-000045") String number,
            @Schema(required = true, examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN) String kelurahanCode,
            @Schema(required = true, examples = "Kolo") String kelurahanName,
            @Schema(required = true, examples = "52.72.03", pattern = AreaCodes.KECAMATAN_PATTERN) String kecamatanCode,
            @Schema(examples = "2") Integer rw,
            @Schema(examples = "3") Integer rt,
            @Schema(examples = "Rumah Ketua RT 003, Jl. Gajah Mada", description = LOCATION_READERS) String location,
            @Schema(required = true, examples = "2026-12-01T01:00:00Z") Instant plannedStart,
            @Schema(required = true, examples = "2026-12-01T04:00:00Z") Instant plannedEnd,
            @Schema(required = true, examples = "HOME_VISIT") Purpose purpose,
            @Schema(examples = "Asesmen lansia telantar di RT 003.", description = DESCRIPTION_READERS) String description,
            @Schema(examples = "Mohon didampingi Ketua RT 003.") String requestsToKelurahan,
            @Schema(required = true) UUID leadPillarId,
            @Schema(examples = "Nurhasanah") String leadPillarName,
            @Schema(required = true) Set<UUID> teamPillarIds,
            @Schema(examples = "2 staf Dinas Sosial") String otherParticipants,
            @Schema(description = "Linked cases: only for callers who may read every one of them (never kelurahan officers)")
            Set<UUID> caseIds,
            @Schema(description = "Linked cases per PPKS category, without names or NIKs: what callers who may not read "
                    + "every linked case see instead of caseIds (kelurahan officers always)")
            Map<String, Long> caseCountsByCategory,
            @Schema(description = "E.164", pattern = Phones.E164_PATTERN, examples = "+6281234567890") String contactPhone,
            @Schema(required = true) Status status,
            @Schema(required = true, description = "Filed less than 24 hours before the start") boolean shortNotice,
            @Schema(required = true, description = "Still unanswered and less than 24 hours before the start (or started)")
            boolean awaitingAcknowledgement,
            @Schema(required = true) boolean completedWithoutAcknowledgement,
            AcknowledgementInfo acknowledgement,
            RescheduleInfo rescheduleRequest,
            @Schema(description = "Why it was cancelled") String cancelReason,
            VisitReportView visitReport,
            @Schema(required = true, description = "Other visits to the same kelurahan at an overlapping time, soonest "
                    + "first: all of them on a single notice, the first 5 on list pages (see overlapCount)")
            List<Overlap> overlaps,
            @Schema(required = true, description = "How many visits overlap this one, listed or not", examples = "1")
            int overlapCount,
            @Schema(description = "Every step, oldest first (on single reads and actions)") List<HistoryEntry> history,
            @Schema(required = true, description = "Actions the caller may take now",
                    enumeration = {"acknowledge", "request-reschedule", "reschedule", "cancel", "complete", "join"})
            List<String> allowedActions,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") int version) implements Versioned {
    }
}
