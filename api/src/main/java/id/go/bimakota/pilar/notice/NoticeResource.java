package id.go.bimakota.pilar.notice;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.web.Enums;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.common.idempotency.Idempotent;
import id.go.bimakota.pilar.notice.NoticeDtos.Acknowledgement;
import id.go.bimakota.pilar.notice.NoticeDtos.Cancellation;
import id.go.bimakota.pilar.notice.NoticeDtos.NewNotice;
import id.go.bimakota.pilar.notice.NoticeDtos.NoticePatch;
import id.go.bimakota.pilar.notice.NoticeDtos.NoticeView;
import id.go.bimakota.pilar.notice.NoticeDtos.Reschedule;
import id.go.bimakota.pilar.notice.NoticeDtos.RescheduleRequest;
import id.go.bimakota.pilar.notice.NoticeDtos.VisitReport;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import io.smallrye.mutiny.Multi;
import id.go.bimakota.pilar.common.problem.ProblemException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/notices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
@Idempotent
@Tag(name = "Pemberitahuan Kunjungan", description = "Pemberitahuan sebelum setiap kunjungan lapangan: kelurahan menjawab, pilar lain dapat bergabung, laporan sesudahnya. Coordination notices before every field visit.")
public class NoticeResource {

    private static final String SSE_EXAMPLE = ":connected after 4\n\nid:5\nevent:notice.acknowledged\n"
            + "data:{\"id\":\"3f8a1c2e-5b7d-4e91-a6c3-0d2b9e4f7a10\",\"number\":\"KL-2026-000045\",\"kelurahanCode\":\"52.72.03.1004\","
            + "\"kecamatanCode\":\"52.72.03\",\"purpose\":\"HOME_VISIT\",\"status\":\"ACKNOWLEDGED\","
            + "\"plannedStart\":\"2026-12-01T01:00:00Z\",\"plannedEnd\":\"2026-12-01T04:00:00Z\","
            + "\"leadPillarId\":\"0b7e2a54-93c1-4d6f-8a20-6c1f5e9d3b47\"}\n\n";

    private final NoticeService notices;
    private final NoticeQueries queries;
    private final NoticeFeed feed;
    private final NoticeAccess scope;

    public NoticeResource(NoticeService notices, NoticeQueries queries, NoticeFeed feed, NoticeAccess scope) {
        this.notices = notices;
        this.queries = queries;
        this.feed = feed;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR})
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @APIResponseSchema(value = NoticeView.class, responseCode = "201", responseDescription = "Filed; Location and ETag point at it")
    @Operation(operationId = "createNotice", summary = "File a notice before a field visit",
            description = "A pillar leads its own notices (ADMIN names the lead). File at least 24 hours before the start: later is accepted but flagged shortNotice, as is DISASTER_RESPONSE, which may start at once. A start in the past is 400; the visit lasts at most 12 hours. The answer lists overlapping visits to the same kelurahan.")
    public RestResponse<NoticeView> create(@Valid @NotNull NewNotice request) {
        NoticeView created = notices.create(request);
        return Versions.created("/api/v1/notices/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listNotices", summary = "List notices",
            description = "Soonest first, cursor-paged. Pillars and the Dinas see the whole city; for a kelurahan officer this is the inbox: their kelurahan only, notices waiting for an answer (SUBMITTED) first.")
    public Page<NoticeView> list(
            @Parameter(example = "52.72.03.1004") @QueryParam("kelurahan") String kelurahan,
            @Parameter(example = "52.72.03") @QueryParam("kecamatan") String kecamatan,
            @Parameter(schema = @Schema(enumeration = {"SUBMITTED", "ACKNOWLEDGED", "RESCHEDULE_REQUESTED", "CANCELLED",
                    "COMPLETED"})) @QueryParam("status") Status status,
            @Parameter(schema = @Schema(enumeration = {"VERIFICATION", "ASSESSMENT", "HOME_VISIT", "AID_DISTRIBUTION",
                    "DISASTER_RESPONSE", "SOCIALIZATION", "MEETING", "OTHER"})) @QueryParam("purpose") Purpose purpose,
            @Parameter(description = "A pillar leading or in the team") @QueryParam("pillar") UUID pillar,
            @Parameter(description = "Visits still running at or after this instant", schema = @Schema(format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "Visits starting before this instant", schema = @Schema(format = "date-time"))
            @QueryParam("to") String to,
            @BeanParam PageRequest page) {
        return queries.list(new NoticeQueries.Filter(kelurahan, kecamatan, status,
                purpose, pillar, Times.parseInstant("from", from),
                Times.parseInstant("to", to)), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNotice", summary = "Get a notice", description = "With its history and overlapping visits.")
    public RestResponse<NoticeView> get(@PathParam("id") UUID id) {
        return Versions.ok(notices.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateNotice", summary = "Change a notice",
            description = "Lead or ADMIN, with If-Match: description, location, team, other participants, contact. Times change only through reschedule.")
    public RestResponse<NoticeView> update(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NoticePatch patch) {
        return Versions.ok(notices.update(id, ifMatch, patch));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "acknowledgeNotice", summary = "Acknowledge a notice (kelurahan)",
            description = "SUBMITTED -> ACKNOWLEDGED, by an officer of the notice's kelurahan or ADMIN on its behalf.")
    public RestResponse<NoticeView> acknowledge(@PathParam("id") UUID id, @Valid @NotNull Acknowledgement request) {
        return Versions.ok(notices.acknowledge(id, request));
    }

    @POST
    @Path("/{id}/request-reschedule")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "requestNoticeReschedule", summary = "Ask for another time (kelurahan)",
            description = "SUBMITTED -> RESCHEDULE_REQUESTED with a proposed window and the reason.")
    public RestResponse<NoticeView> requestReschedule(@PathParam("id") UUID id,
            @Valid @NotNull RescheduleRequest request) {
        return Versions.ok(notices.requestReschedule(id, request));
    }

    @POST
    @Path("/{id}/reschedule")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "rescheduleNotice", summary = "Set new times (lead)",
            description = "RESCHEDULE_REQUESTED -> SUBMITTED: the kelurahan is asked again.")
    public RestResponse<NoticeView> reschedule(@PathParam("id") UUID id, @Valid @NotNull Reschedule request) {
        return Versions.ok(notices.reschedule(id, request));
    }

    @POST
    @Path("/{id}/cancel")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "cancelNotice", summary = "Cancel a visit (lead)",
            description = "SUBMITTED, ACKNOWLEDGED or RESCHEDULE_REQUESTED -> CANCELLED, by the lead or ADMIN, with the reason.")
    public RestResponse<NoticeView> cancel(@PathParam("id") UUID id, @Valid @NotNull Cancellation request) {
        return Versions.ok(notices.cancel(id, request));
    }

    @POST
    @Path("/{id}/complete")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "completeNotice", summary = "Report the visit (lead)",
            description = "ACKNOWLEDGED or SUBMITTED -> COMPLETED after the planned start, with the visit report. Completing an unacknowledged notice is allowed and flagged completedWithoutAcknowledgement.")
    public RestResponse<NoticeView> complete(@PathParam("id") UUID id, @Valid @NotNull VisitReport report) {
        return Versions.ok(notices.complete(id, report));
    }

    @POST
    @Path("/{id}/join")
    @RolesAllowed(Role.Names.PILLAR)
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "joinNotice", summary = "Join a visit (pillar)",
            description = "Adds the calling pillar to the team instead of filing a duplicate visit. Joining a visit one is already part of changes nothing.")
    public RestResponse<NoticeView> join(@PathParam("id") UUID id) {
        return Versions.ok(notices.join(id));
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamNoticeEvents", summary = "Live feed of notices (Server-Sent Events)",
            description = "Emits notice.created, .acknowledged, .reschedule-requested, .rescheduled, .cancelled, .completed and .joined for every notice in the caller's scope, from every service instance. Each event has an id: reconnect with Last-Event-ID to receive what was missed.")
    @APIResponse(responseCode = "200", description = "An endless stream: a comment on connecting, then one event per change",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "acknowledged", value = SSE_EXAMPLE)))
    @io.smallrye.common.annotation.Blocking
    public Multi<OutboundSseEvent> events(
            @Parameter(description = "The id of the last event received") @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        return feed.stream(sse, parseEventId(lastEventId), scope.isKelurahan() ? scope.kelurahanCode() : null,
                scope.sessionStillValid());
    }

    private static Long parseEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("Last-Event-ID", "value.range", 0, Long.MAX_VALUE);
        }
    }

}
