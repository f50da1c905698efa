package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.web.ReportPeriod;
import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/coordination")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR})
@Tag(name = "Laporan")
public class CoordinationReportResource {

    private final CoordinationReport report;

    private final Clock clock;

    public CoordinationReportResource(CoordinationReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportPeriod.CSV})
    @Operation(operationId = "reportCoordination", summary = "How well do we coordinate",
            description = "For the visits planned in the period (WITA dates, both included; default the last 30 days): notices, % acknowledged before the start, median hours from filing to acknowledgement, % short notice, % completed with a report, % overlapping another visit, joins. Grouped by kelurahan, kecamatan or the lead's pillar type. Send Accept: text/csv for a spreadsheet.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoordinationReport.Report.class)),
            @Content(mediaType = ReportPeriod.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response coordination(
            @Parameter(schema = @Schema(format = "date"), example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(schema = @Schema(format = "date"), example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(schema = @Schema(enumeration = {"kelurahan", "kecamatan", "pillarType"}, defaultValue = "kelurahan"))
            @QueryParam("groupBy") CoordinationReport.GroupBy groupBy,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        CoordinationReport.GroupBy group = groupBy == null ? CoordinationReport.GroupBy.kelurahan : groupBy;
        CoordinationReport.Report result = report.build(ReportPeriod.parse(from, to, Times.today(clock)), group);
        return ReportPeriod.answer(accept, result, result::toCsv);
    }
}
