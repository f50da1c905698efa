package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.common.web.Versioned;
import id.go.bimakota.pilar.account.AccountDtos;
import id.go.bimakota.pilar.area.AreaCodes;
import id.go.bimakota.pilar.common.problem.FieldError;
import id.go.bimakota.pilar.person.Gender;
import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.person.Phones;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the pillar registry. */
public final class PillarDtos {

    static final String ASSIGNMENT = "PSM, FASILITATOR and PENDAMPING_SOSIAL cover one or more kelurahan "
            + "(kelurahanCodes); TKSK covers exactly one kecamatan (kecamatanCode); PORDAM and TAGANA are city-wide, "
            + "optionally with a home kecamatan (kecamatanCode).";
    static final String PHONE_INPUT =
            "Accepts 08..., +62... or 62..., with spaces and dashes; stored as E.164 (+62...)";

    private PillarDtos() {
    }

    @Schema(name = "NewPillarAccount", description = "A login of role PILLAR created with the pillar and linked to it")
    public record NewAccount(
            @NotBlank @Pattern(regexp = AccountDtos.USERNAME_PATTERN)
            @Schema(required = true, examples = "ps.nurhasanah", pattern = AccountDtos.USERNAME_PATTERN)
            String username,
            @NotBlank @Size(min = 10, max = 200) @Schema(required = true, minLength = 10, maxLength = 200)
            String password) {
    }

    @Schema(name = "NewPillar", description = "A pillar to register. " + ASSIGNMENT)
    public record NewPillar(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Nurhasanah")
            String fullName,
            @NotNull @Schema(required = true, examples = "PENDAMPING_SOSIAL") PillarType type,
            @Size(max = 16) @Schema(description = "16-digit NIK, unique among pillars", pattern = Nik.PATTERN,
                    maxLength = 16, examples = "5206054507900002") String nik,
            @Schema(examples = "P") Gender gender,
            @NotBlank @Size(max = 32) @Schema(required = true, description = PHONE_INPUT + "; unique among pillars",
                    maxLength = 32, pattern = Phones.INPUT_PATTERN, examples = "0812-3760-4411") String phone,
            @Email @Size(max = 254) @Schema(maxLength = 254, examples = "nurhasanah@example.id") String email,
            @Size(max = 64) @Schema(maxLength = 64, description = "e.g. a Tagana membership number",
                    examples = "TGN-5272-0113") String memberNumber,
            @Size(max = 100) @Schema(maxLength = 100, description = "Where a transferred pillar came from",
                    examples = "Kabupaten Dompu") String originRegion,
            @Schema(description = "Date joined (WITA)", examples = "2023-02-01") LocalDate joinedOn,
            @Size(max = 41) @Schema(description = "For PSM, FASILITATOR, PENDAMPING_SOSIAL", maxItems = 41,
                    examples = "[\"52.72.03.1004\", \"52.72.03.1005\"]")
            List<String> kelurahanCodes,
            @Schema(description = "For TKSK (required) and PORDAM/TAGANA (optional home kecamatan)",
                    pattern = AreaCodes.KECAMATAN_PATTERN, examples = "52.72.03") String kecamatanCode,
            @Valid @Schema(description = "Optionally create the pillar's login in the same request")
            NewAccount account) {
    }

    @Schema(name = "PillarPatch", description = "Only the fields present change; \"\" clears an optional text field. "
            + "A PILLAR user may change only phone and email of their own record. " + ASSIGNMENT)
    public record PillarPatch(
            @Size(min = 1, max = 200) @Schema(maxLength = 200, examples = "Nurhasanah, S.Sos") String fullName,
            PillarType type,
            @Size(max = 16) @Schema(pattern = "^$|" + Nik.PATTERN, maxLength = 16) String nik,
            Gender gender,
            @Size(max = 32) @Schema(description = PHONE_INPUT, maxLength = 32, examples = "+62 853 3812 0077")
            String phone,
            @Email @Size(max = 254) @Schema(maxLength = 254, examples = "nurhasanah@example.id") String email,
            @Size(max = 64) @Schema(maxLength = 64) String memberNumber,
            @Size(max = 100) @Schema(maxLength = 100, examples = "Kabupaten Bima") String originRegion,
            LocalDate joinedOn,
            @Size(max = 41) @Schema(maxItems = 41, examples = "[\"52.72.03.1004\"]")
            List<String> kelurahanCodes,
            @Schema(pattern = "^$|" + AreaCodes.KECAMATAN_PATTERN, examples = "52.72.03") String kecamatanCode) {

        boolean onlyContactFields() {
            return fullName == null && type == null && nik == null && gender == null && memberNumber == null
                    && originRegion == null && joinedOn == null && kelurahanCodes == null && kecamatanCode == null;
        }
    }

    @Schema(name = "PillarDeactivation")
    public record Deactivation(
            @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500,
                    examples = "Pindah tugas ke Kabupaten Dompu") String reason,
            @Schema(description = "true when the pillar left for another region: TRANSFERRED_OUT instead of INACTIVE",
                    defaultValue = "false") Boolean transferredOut) {
    }

    @Schema(name = "Pillar",
            description = "A registered pillar. nik is masked (5272**********01) in every list and, on single reads, for everyone but ADMIN.")
    public record PillarView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "Nurhasanah") String fullName,
            @Schema(required = true, examples = "PENDAMPING_SOSIAL") PillarType type,
            @Schema(description = "Full for ADMIN on a single pillar (each read, replays included, is audited as NIK_READ); masked in lists and for everyone else",
                    examples = "5206**********02") String nik,
            @Schema(examples = "P") Gender gender,
            @Schema(required = true, pattern = Phones.E164_PATTERN, examples = "+6281237604411") String phone,
            @Schema(examples = "nurhasanah@example.id") String email,
            String memberNumber,
            @Schema(examples = "Kabupaten Dompu") String originRegion,
            @Schema(examples = "2023-02-01") LocalDate joinedOn,
            @Schema(required = true, examples = "ACTIVE") PillarStatus status,
            @Schema(description = "Why the pillar was deactivated or transferred out") String statusReason,
            @Schema(required = true, examples = "[\"52.72.03.1004\"]") List<String> kelurahanCodes,
            @Schema(pattern = AreaCodes.KECAMATAN_PATTERN, examples = "52.72.03") String kecamatanCode,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") int version) implements Versioned {
    }

    /** What happened to one data row of an import. */
    public enum RowStatus {
        /** Written; {@code id} is the new pillar. */
        CREATED,
        /** Passed every check but was not written: a dry run, or an all-or-nothing import that failed elsewhere. */
        VALID,
        /** Rejected; {@code errors} names the columns. */
        ERROR
    }

    @Schema(name = "PillarImportRow")
    public record ImportRow(
            @Schema(required = true, description = "1 is the first data row after the header", examples = "3") int row,
            @Schema(required = true, examples = "CREATED") RowStatus status,
            @Schema(description = "The created pillar") UUID id,
            @Schema(description = "What is wrong, by column") List<FieldError> errors) {
    }

    @Schema(name = "PillarImportReport")
    public record ImportReport(
            @Schema(required = true) boolean dryRun,
            @Schema(required = true) boolean atomic,
            @Schema(required = true, description = "Whether any pillar was written") boolean written,
            @Schema(required = true, examples = "15") int created,
            @Schema(required = true, examples = "0") int failed,
            @Schema(required = true) List<ImportRow> rows) {
    }
}
