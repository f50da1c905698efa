package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.time.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agenda")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
@Tag(name = "Agenda", description = "Siapa turun lapangan di mana: kunjungan per hari, per kecamatan dan kelurahan. Who is where: the field visits of a day.")
public class AgendaResource {

    static final int MAX_DAYS = 31;

    private final Agenda agenda;

    public AgendaResource(Agenda agenda) {
        this.agenda = agenda;
    }

    @GET
    @Operation(operationId = "getAgenda", summary = "The day's field visits",
            description = "Visits starting on the date (WITA), or from..to (both included, at most 31 days), grouped by kecamatan and kelurahan, with status and flags. Kelurahan officers see their own kelurahan.")
    public Agenda.View get(
            @Parameter(description = "One day (WITA)", schema = @Schema(format = "date"), example = "2026-12-01")
            @QueryParam("date") String date,
            @Parameter(description = "First day (WITA)", schema = @Schema(format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day (WITA)", schema = @Schema(format = "date")) @QueryParam("to") String to,
            @Parameter(example = "52.72.03") @QueryParam("kecamatan") String kecamatan) {
        LocalDate day = Times.parseDate("date", date);
        LocalDate first = day != null ? day : Times.parseDate("from", from);
        LocalDate last = day != null ? day : Times.parseDate("to", to);
        if (first == null) {
            first = agenda.today();
            last = first;
        }
        if (last == null || last.isBefore(first) || first.plusDays(MAX_DAYS - 1L).isBefore(last)) {
            throw ProblemException.invalidField(day == null && date == null ? "to" : "date", "agenda.window", MAX_DAYS);
        }
        return agenda.build(first, last, kecamatan);
    }
}
