package id.go.bimakota.pilar.ppkscase;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/cases")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR})
@Tag(name = "Laporan", description = "Rekapitulasi untuk Dinas (JSON atau CSV). Numbers for the Dinas.")
public class CaseReportResource {

    private final CaseReport report;

    private final Clock clock;

    public CaseReportResource(CaseReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportPeriod.CSV})
    @Operation(operationId = "reportCases", summary = "Case counts",
            description = "New, open and closed cases in the period (WITA dates, both included; default the last 30 days), grouped by category, kecamatan, kelurahan or status. Send Accept: text/csv for a spreadsheet.")
    @APIResponse(responseCode = "200", description = "The counts", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseReport.Report.class)),
            @Content(mediaType = ReportPeriod.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response cases(
            @Parameter(schema = @Schema(format = "date"), example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(schema = @Schema(format = "date"), example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(schema = @Schema(enumeration = {"category", "kecamatan", "kelurahan", "status"}, defaultValue = "category"))
            @QueryParam("groupBy") CaseReport.GroupBy groupBy,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        CaseReport.GroupBy group = groupBy == null ? CaseReport.GroupBy.category : groupBy;
        CaseReport.Report result = report.build(ReportPeriod.parse(from, to, Times.today(clock)), group);
        return ReportPeriod.answer(accept, result, result::toCsv);
    }
}
