package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.letter.LetterViews.Letter;
import id.go.bimakota.pilar.notice.NoticeAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agenda/letters")
@RolesAllowed({Role.Names.ADMIN, Role.Names.KELURAHAN})
@Tag(name = "Agenda")
public class AgendaLetterResource {

    private final LetterService letters;
    private final LetterRenderer renderer;
    private final NoticeAccess access;
    private final AreaDirectory areas;
    private final Clock clock;

    public AgendaLetterResource(LetterService letters, LetterRenderer renderer, NoticeAccess access, AreaDirectory areas,
            Clock clock) {
        this.letters = letters;
        this.renderer = renderer;
        this.access = access;
        this.areas = areas;
        this.clock = clock;
    }

    @GET
    @Produces(LetterResource.PDF)
    @Operation(operationId = "getAgendaLetters", summary = "The day's letters in one PDF",
            description = "Every letter of the visits starting on the date (WITA) in the kelurahan, soonest first, each on its own pages, to print in one go; cancelled visits are left out, and letters not yet issued get their number now. A kelurahan officer prints their own kelurahan (the default); ADMIN prints one kelurahan or, without kelurahan, the whole city. A day without visits gives a one-page PDF saying so.")
    @APIResponse(responseCode = "200", description = "The letters",
            content = @Content(mediaType = LetterResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letters(
            @Parameter(description = "The day (WITA); today when absent", schema = @Schema(format = "date"), example = "2026-12-07")
            @QueryParam("date") String date,
            @Parameter(description = "Kelurahan code; a kelurahan officer's own by default", example = "52.72.03.1004")
            @QueryParam("kelurahan") String kelurahan) {
        LocalDate day = Times.parseDate("date", date);
        if (day == null) {
            day = LocalDate.ofInstant(clock.instant(), Times.WITA);
        }
        String code = kelurahan == null || kelurahan.isEmpty() ? null : areas.requireKelurahan("kelurahan", kelurahan).code();
        if (access.isKelurahan()) {
            if (code != null && !code.equals(access.kelurahanCode())) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of("problem.forbidden.detail"));
            }
            code = access.kelurahanCode();
        }
        // One transaction per letter: a letter issued here is committed on its own, and no counter row
        // stays locked while the next notice's row is waited for.
        List<Letter> dayLetters = letters.noticesOf(day, code).stream().map(letters::letter).toList();
        String where = code == null ? "Kota Bima" : "Kelurahan " + areas.findKelurahan(code).orElseThrow().name();
        byte[] pdf = renderer.pdf(dayLetters, "Tidak ada kunjungan lapangan di " + where + " pada "
                + IndonesianDates.dayAndDate(day) + ".");
        return Response.ok(pdf, LetterResource.PDF)
                .header("Content-Disposition", "inline; filename=\"surat-" + day + (code == null ? "" : "-" + code) + ".pdf\"")
                .build();
    }
}
