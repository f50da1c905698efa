package id.go.bimakota.pilar.audit;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.time.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Audit", description = "Jejak audit: siapa membaca atau mengubah apa (khusus ADMIN, tidak dapat diubah). Who read or changed what (ADMIN only). Append-only.")
public class AuditResource {

    @Schema(name = "AuditEntry", description = "One audited event. Changed fields are named, never their values.")
    public record AuditEntry(
            @Schema(required = true) UUID id,
            @Schema(required = true) Instant at,
            UUID actorId,
            @Schema(examples = "admin") String actorUsername,
            @Schema(examples = "ADMIN") String actorRole,
            @Schema(required = true, examples = "USER_CREATED") String action,
            @Schema(required = true, examples = "User") String entityType,
            String entityId,
            @Schema(examples = "[\"displayName\", \"role\"]") List<String> changedFields,
            @Schema(description = "The id the service gave the request (its X-Request-Id answer header)") String requestId,
            @Schema(description = "The X-Request-Id the client sent, if any: its own trace id, never the service's",
                    examples = "field-app-7f3a9c21") String clientRequestId,
            @Schema(examples = "10.1.2.3") String clientAddress) {

        static AuditEntry of(AuditEvent e) {
            return new AuditEntry(e.id, e.at, e.actorId, e.actorUsername, e.actorRole, e.action, e.entityType,
                    e.entityId, e.changedFields == null ? List.of() : List.of(e.changedFields.split(",")),
                    e.requestId, e.clientRequestId, e.clientAddress);
        }
    }

    private final AuditQuery query;

    public AuditResource(AuditQuery query) {
        this.query = query;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Search the audit log", description = "Newest first, cursor-paged.")
    public Page<AuditEntry> list(
            @Parameter(description = "Username of the actor", example = "admin") @QueryParam("actor") String actor,
            @Parameter(example = "User") @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @Parameter(example = "LOGIN_FAILED") @QueryParam("action") String action,
            @Parameter(description = "From this instant (inclusive)", schema = @Schema(format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "Until this instant (exclusive)", schema = @Schema(format = "date-time"))
            @QueryParam("to") String to,
            @BeanParam PageRequest page) {
        return query.search(new AuditQuery.Filter(actor, entityType, entityId, action,
                Times.parseInstant("from", from), Times.parseInstant("to", to)), page);
    }
}
