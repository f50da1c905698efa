package id.go.bimakota.pilar.ppkscase;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.web.Enums;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.common.idempotency.Idempotent;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Assignment;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CasePatch;
import id.go.bimakota.pilar.ppkscase.CaseDtos.DuplicateDecision;
import id.go.bimakota.pilar.ppkscase.CaseEnums.DuplicateReview;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CaseView;
import id.go.bimakota.pilar.ppkscase.CaseDtos.NewCase;
import id.go.bimakota.pilar.ppkscase.CaseDtos.NoteRequest;
import id.go.bimakota.pilar.ppkscase.CaseDtos.TimelineEntry;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Transition;
import id.go.bimakota.pilar.ppkscase.CaseEnums.Urgency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/cases")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
@Idempotent
@Tag(name = "Kasus PPKS", description = "Kasus PPKS dari laporan sampai selesai: siapa, di mana, siapa yang menangani, apa yang terjadi. PPKS cases from report to closure.")
public class CaseResource {

    private final CaseService cases;
    private final CaseQueries queries;

    public CaseResource(CaseService cases, CaseQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    @POST
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @APIResponseSchema(value = CaseView.class, responseCode = "201", responseDescription = "Reported; Location and ETag point at it")
    @Operation(operationId = "createCase", summary = "Report a PPKS case",
            description = "Pillars report anywhere (and lead the case by default); kelurahan officers report for their own kelurahan with source KELURAHAN. The duplicate check (same NIK, or same name and birth date) answers only about open cases the caller may read: one of the same NIK in the same category is 409 naming it, the others are listed in possibleDuplicates. A possible duplicate the caller may not read is never named and never refuses the report: the case is created and waits for the Dinas's duplicate review (duplicateReview, shown to ADMIN only).")
    public RestResponse<CaseView> create(@Valid @NotNull NewCase request) {
        CaseView created = cases.create(request);
        return Versions.created("/api/v1/cases/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listCases", summary = "List cases",
            description = "Newest first, cursor-paged, limited to what the caller may see: pillars the kelurahan they cover and the cases they handle, kelurahan officers their own kelurahan. NIKs are masked in lists.")
    public Page<CaseView> list(
            @Parameter(schema = @Schema(enumeration = {"REPORTED", "VERIFIED", "IN_SERVICE", "REFERRED", "CLOSED", "REJECTED", "WITHDRAWN"}))
            @QueryParam("status") CaseStatus status,
            @Parameter(example = "LANSIA_TELANTAR") @QueryParam("category") String category,
            @Parameter(example = "52.72.03.1004") @QueryParam("kelurahan") String kelurahan,
            @Parameter(example = "52.72.03") @QueryParam("kecamatan") String kecamatan,
            @Parameter(description = "Lead pillar id") @QueryParam("leadPillar") UUID leadPillar,
            @Parameter(schema = @Schema(enumeration = {"NORMAL", "URGENT", "EMERGENCY"})) @QueryParam("urgency") Urgency urgency,
            @Parameter(description = "Part of the name, or a case number", example = "PPKS-2026-000123") @QueryParam("q") String q,
            @Parameter(description = "Reported on or after this date (WITA)", schema = @Schema(format = "date"))
            @QueryParam("reportedFrom") String reportedFrom,
            @Parameter(description = "Reported on or before this date (WITA)", schema = @Schema(format = "date"))
            @QueryParam("reportedTo") String reportedTo,
            @Parameter(description = "ADMIN only (403 for others): reports waiting for the Dinas's duplicate review",
                    schema = @Schema(enumeration = {"PENDING", "NOT_DUPLICATE", "DUPLICATE"}))
            @QueryParam("duplicateReview") DuplicateReview duplicateReview,
            @BeanParam PageRequest page) {
        return queries.list(new CaseQueries.Filter(status, category,
                kelurahan, kecamatan, leadPillar, urgency, q,
                Times.parseDate("reportedFrom", reportedFrom), Times.parseDate("reportedTo", reportedTo),
                duplicateReview), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Get a case",
            description = "The full NIK only for the Dinas and the pillars handling the case (each such read is audited); kelurahan officers see no description, street or reporter.")
    public RestResponse<CaseView> get(@PathParam("id") UUID id) {
        return Versions.ok(cases.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateCase", summary = "Change a case",
            description = "Lead pillar or ADMIN, with If-Match. The status changes only through transitions.")
    public RestResponse<CaseView> update(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CasePatch patch) {
        return Versions.ok(cases.update(id, ifMatch, patch));
    }

    @POST
    @Path("/{id}/transitions")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "transitionCase", summary = "Move a case through the workflow",
            description = "REPORTED -verify-> VERIFIED | -reject-> REJECTED | -withdraw-> WITHDRAWN (by its reporter only); VERIFIED -start-service-> IN_SERVICE; IN_SERVICE -refer-> REFERRED -start-service-> IN_SERVICE; IN_SERVICE/REFERRED -close-> CLOSED; CLOSED/REJECTED -reopen-> VERIFIED. reject, refer, close and reopen need a note; refer needs referredTo. Any other move is 409 with currentState and allowedActions.")
    public RestResponse<CaseView> transition(@PathParam("id") UUID id, @Valid @NotNull Transition request) {
        return Versions.ok(cases.transition(id, request));
    }

    @POST
    @Path("/{id}/duplicate-review")
    @RolesAllowed(Role.Names.ADMIN)
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "reviewCaseDuplicate", summary = "Decide a duplicate review",
            description = "ADMIN, with If-Match (428 without, 412 when stale). For a case whose duplicateReview is PENDING (list them with GET /api/v1/cases?duplicateReview=PENDING): NOT_DUPLICATE lets it go on; DUPLICATE (with a note) also rejects it while it is REPORTED. The decision changes neither the version nor the timeline; without a pending review 409.")
    public RestResponse<CaseView> reviewDuplicate(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DuplicateDecision request) {
        return Versions.ok(cases.reviewDuplicate(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/assignment")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "assignCase", summary = "Set who handles a case",
            description = "The lead pillar (hand-over) or ADMIN sets the lead and the supporting pillars; they must be active.")
    public RestResponse<CaseView> assign(@PathParam("id") UUID id, @Valid @NotNull Assignment request) {
        return Versions.ok(cases.assign(id, request));
    }

    @POST
    @Path("/{id}/notes")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @APIResponseSchema(value = TimelineEntry.class, responseCode = "201", responseDescription = "Added to the timeline")
    @Operation(operationId = "addCaseNote", summary = "Add a note to a case",
            description = "The lead and supporting pillars and ADMIN. Notes appear on the timeline.")
    public RestResponse<TimelineEntry> addNote(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request) {
        TimelineEntry note = cases.addNote(id, request.text());
        return RestResponse.ResponseBuilder.<TimelineEntry>created(URI.create("/api/v1/cases/" + id + "/timeline"))
                .entity(note).build();
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "getCaseTimeline", summary = "The case's history",
            description = "Creation, each transition, assignment change, note and linked field visit, oldest first, each with actor and time. For those who handle the case and ADMIN.")
    public Page<TimelineEntry> timeline(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return cases.timeline(id, page);
    }

}
