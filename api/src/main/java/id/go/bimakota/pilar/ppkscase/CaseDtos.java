package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.common.web.Versioned;
import id.go.bimakota.pilar.area.AreaCodes;
import id.go.bimakota.pilar.person.Gender;
import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.ppkscase.CaseEnums.DuplicateReview;
import id.go.bimakota.pilar.ppkscase.CaseEnums.EventType;
import id.go.bimakota.pilar.ppkscase.CaseEnums.SourceKind;
import id.go.bimakota.pilar.ppkscase.CaseEnums.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the case endpoints. */
public final class CaseDtos {

    public static final String NIK_PATTERN = "^\\d{16}$";

    private CaseDtos() {
    }

    @Schema(name = "CaseSubject", description = "The person in need")
    public record Subject(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Siti Hajar") String fullName,
            @Size(max = 16) @Schema(description = "NIK, 16 digits; masked (5272**********01) for callers without full access",
                    examples = "5272034507450001") String nik,
            @Schema(examples = "P") Gender gender,
            @PastOrPresent @Schema(format = "date", examples = "1945-07-05") LocalDate birthDate,
            @Min(0) @Max(130) @Schema(description = "When the birth date is unknown", examples = "80") Integer estimatedAge) {
    }

    @Schema(name = "CaseAddress", description = "Where the person lives")
    public record Address(
            @NotBlank @Schema(required = true, examples = "52.72.03.1004", pattern = AreaCodes.KELURAHAN_PATTERN)
            String kelurahanCode,
            @Min(1) @Max(999) @Schema(examples = "2") Integer rw,
            @Min(1) @Max(999) @Schema(examples = "3") Integer rt,
            @Size(max = 200) @Schema(maxLength = 200, examples = "Jl. Gatot Subroto, dekat Masjid Al-Muhajirin")
            String street) {
    }

    @Schema(name = "CaseSource", description = "Who reported the case")
    public record Source(
            @NotNull @Schema(required = true) SourceKind kind,
            @Size(max = 200) @Schema(maxLength = 200, examples = "Ketua RT 003") String name,
            @Size(max = 20) @Schema(maxLength = 20, pattern = Phones.INPUT_PATTERN, examples = "+6281234567890")
            String phone) {
    }

    @Schema(name = "NewCase")
    public record NewCase(
            @NotBlank @Schema(required = true, examples = "LANSIA_TELANTAR",
                    description = "One of the 26 codes of GET /api/v1/ppks-categories") String category,
            @NotNull @Valid @Schema(required = true) Subject subject,
            @NotNull @Valid @Schema(required = true) Address address,
            @Size(max = 4000) @Schema(maxLength = 4000, examples = "Lansia tinggal sendiri, tidak ada keluarga yang merawat.",
                    description = "Read by the Dinas and the pillars who may read the case; never by kelurahan officers, "
                    + "and never in a letter, message or webhook")
            String description,
            @Schema(description = "Default NORMAL") Urgency urgency,
            @NotNull @Valid @Schema(required = true) Source source,
            @Schema(description = "Whether the person (or guardian) agreed to their data being recorded")
            boolean consentRecorded,
            @PastOrPresent @Schema(format = "date") LocalDate consentDate,
            @Schema(description = "Default: the reporting pillar") UUID leadPillarId,
            @Size(max = 20) Set<UUID> supportPillarIds) {
    }

    @Schema(name = "CasePatch", description = "Only the fields present change; status changes only through transitions")
    public record CasePatch(
            String category,
            @Valid SubjectPatch subject,
            @Valid AddressPatch address,
            @Size(max = 4000) String description,
            Urgency urgency,
            @Valid Source source,
            Boolean consentRecorded,
            @PastOrPresent LocalDate consentDate) {
    }

    @Schema(name = "CaseSubjectPatch")
    public record SubjectPatch(
            @Size(min = 1, max = 200) String fullName,
            @Size(max = 16) @Schema(pattern = Nik.PATTERN, maxLength = 16, examples = "5272034507450001") String nik,
            Gender gender,
            @PastOrPresent LocalDate birthDate,
            @Min(0) @Max(130) Integer estimatedAge) {
    }

    @Schema(name = "CaseAddressPatch")
    public record AddressPatch(
            @Schema(pattern = AreaCodes.KELURAHAN_PATTERN, examples = "52.72.03.1005") String kelurahanCode,
            @Min(1) @Max(999) Integer rw,
            @Min(1) @Max(999) Integer rt,
            @Size(max = 200) String street) {
    }

    @Schema(name = "CaseTransition")
    public record Transition(
            @NotBlank @Schema(required = true,
                    enumeration = {"verify", "reject", "start-service", "refer", "close", "reopen", "withdraw"},
                    description = "withdraw: the reporter takes back a report nobody has verified yet") String action,
            @Size(max = 4000) @Schema(description = "Required for reject, refer, close and reopen") String note,
            @Size(max = 200) @Schema(description = "Agency the case is referred to; required for refer",
                    examples = "RSUD Bima") String referredTo) {
    }

    @Schema(name = "CaseAssignment")
    public record Assignment(
            @NotNull @Schema(required = true) UUID leadPillarId,
            @Size(max = 20) Set<UUID> supportPillarIds) {
    }

    @Schema(name = "CaseNoteRequest")
    public record NoteRequest(
            @NotBlank @Size(max = 4000) @Schema(required = true, examples = "Sudah dikunjungi, butuh kursi roda.")
            String text) {
    }

    @Schema(name = "CaseDuplicateDecision", description = "The Dinas's decision on a report waiting for duplicate review")
    public record DuplicateDecision(
            @NotNull @Schema(required = true, enumeration = {"NOT_DUPLICATE", "DUPLICATE"},
                    description = "DUPLICATE also rejects the report while it is still REPORTED") DuplicateReview decision,
            @Size(max = 4000) @Schema(description = "Required for DUPLICATE; shown on the case's timeline as the reason "
                    + "of the rejection, so it must not name the other case", examples = "Sudah dilaporkan sebelumnya.")
            String note) {
    }

    @Schema(name = "CaseRef", description = "Another case of the same person")
    public record CaseRef(UUID id, String number, String category, CaseStatus status) {
    }

    @Schema(name = "Case")
    public record CaseView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "PPKS-2026-000123") String number,
            @Schema(required = true, examples = "LANSIA_TELANTAR") String category,
            @Schema(required = true) Subject subject,
            @Schema(required = true) Address address,
            @Schema(description = "Hidden from KELURAHAN users") String description,
            @Schema(required = true) Urgency urgency,
            @Schema(description = "Hidden from KELURAHAN users") Source source,
            @Schema(required = true) boolean consentRecorded,
            LocalDate consentDate,
            @Schema(required = true) CaseStatus status,
            @Schema(examples = "RSUD Bima") String referredTo,
            UUID leadPillarId,
            @Schema(required = true) Set<UUID> supportPillarIds,
            @Schema(required = true, description = "What the caller may do now",
                    enumeration = {"verify", "reject", "start-service", "refer", "close", "reopen", "withdraw"})
            List<String> allowedActions,
            @Schema(description = "On creation: open cases of the same person (same NIK, or same name and birth date) "
                    + "that the caller may read. Cases the caller may not read are never named here.")
            List<CaseRef> possibleDuplicates,
            @Schema(description = "ADMIN only (null for everyone else): PENDING when the report may duplicate a case "
                    + "its reporter may not read; the Dinas decides with POST /api/v1/cases/{id}/duplicate-review")
            DuplicateReview duplicateReview,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") int version) implements Versioned {
    }

    @Schema(name = "CaseActor")
    public record Actor(UUID id, @Schema(examples = "psm.kolo") String username,
            @Schema(examples = "PILLAR") String role) {
    }

    @Schema(name = "CaseTimelineEntry")
    public record TimelineEntry(
            @Schema(required = true) UUID id,
            @Schema(required = true) Instant at,
            @Schema(required = true) EventType type,
            @Schema(examples = "verify") String action,
            CaseStatus fromStatus,
            CaseStatus toStatus,
            String note,
            String referredTo,
            UUID noticeId,
            @Schema(examples = "KL-2026-000045") String noticeNumber,
            Actor actor) {
    }
}
