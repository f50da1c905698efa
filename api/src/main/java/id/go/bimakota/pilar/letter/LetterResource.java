package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.letter.LetterViews.Letter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notices/{id}/letter")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
@Tag(name = "Pemberitahuan Kunjungan")
public class LetterResource {

    static final String PDF = "application/pdf";

    private final LetterService letters;
    private final LetterRenderer renderer;

    public LetterResource(LetterService letters, LetterRenderer renderer) {
        this.letters = letters;
        this.renderer = renderer;
    }

    @GET
    @Produces(PDF)
    @Operation(operationId = "getNoticeLetter", summary = "The notice's letter (PDF)",
            description = "The printable Surat Pemberitahuan Kunjungan Lapangan of the notice: A4, in Bahasa Indonesia, with the Dinas's letterhead, a letter number (given on the first request and never changed), the visit, the team, linked PPKS as counts per category only, the signature block (signed by hand) and a QR code of the public verification page /v/{code}. After a reschedule it shows the new times and \"Perubahan ke-N\" under the same number. For the lead, the team, the notice's kelurahan and ADMIN; for anyone else the notice does not exist (404). Send If-None-Match with the ETag of your copy: 304 while the letter is unchanged.")
    @APIResponse(responseCode = "200", description = "The letter",
            headers = {@Header(name = "ETag", description = "Changes whenever the letter's content changes", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "inline, with a file name such as surat-KL-2026-000045.pdf", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified: the copy with this ETag is current",
            headers = @Header(name = "ETag", description = "The current entity tag", schema = @Schema(type = SchemaType.STRING)))
    public Response letter(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the copy you hold", example = "\"5f0c1e9a2b7d4c8e\"")
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Letter letter = letters.letter(id);
        String etag = renderer.etag(letter);
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).build();
        }
        return Response.ok(renderer.pdf(letter), PDF).header("ETag", etag)
                .header("Content-Disposition", "inline; filename=\"surat-" + letter.noticeNumber() + ".pdf\"").build();
    }

    /** RFC 9110 If-None-Match: a list of tags, weak ones compared weakly, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
