package id.go.bimakota.pilar.letter;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/**
 * What the templates show, already in words: the templates only place text. None of these carries
 * a PPKS's name, NIK or case text, or a visit report (UU 27/2022): linked cases are counts per category.
 */
final class LetterViews {

    private LetterViews() {
    }

    /** The letterhead and the signer, from configuration; the same on every letter. */
    @TemplateData
    record Letterhead(String government, String office, String address, String contacts, String logoDataUri,
            String signerPosition, String signerName, String signerRank, String signerNip) {
    }

    @TemplateData
    record TeamLine(String name, String type, String phone, boolean lead) {
    }

    @TemplateData
    record CaseLine(String category, long count) {
    }

    /** One letter. {@code revision} counts the reschedules ("Perubahan ke-N"); 0 for the original. */
    @TemplateData
    record Letter(UUID noticeId, String noticeNumber, String letterNumber, String placeAndDate, int revision,
            String kelurahan, String kecamatan, String when, String rtRw, String location, String purpose,
            List<TeamLine> team, String contactPhone, String requests, List<CaseLine> cases, long caseTotal,
            String answerUrl, String rescheduleUrl, String verifyUrl, List<String> copies, String statusNote) {
    }

    /** The public verification page: no names or phones of pillars or residents. */
    @TemplateData
    record Verification(String letterNumber, String noticeNumber, String letterDate, String kelurahan,
            String kecamatan, String when, String purpose, String status, String statusDetail, int revision,
            String signerPosition, String signerName, String office) {
    }
}
