package id.go.bimakota.pilar.backup;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.backup.BackupDtos.BackupView;
import id.go.bimakota.pilar.backup.BackupDtos.NewBackup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/admin/backups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Cadangan", description = "Backups of the embedded database while the service runs (ADMIN only)")
public class BackupResource {

    private final Backups backups;

    public BackupResource(Backups backups) {
        this.backups = backups;
    }

    @POST
    @Operation(operationId = "createBackup", summary = "Back up the embedded database now",
            description = "A transactionally consistent copy of the H2 database, taken while the service keeps"
                    + " serving, written as a zip under <data dir>/backups/ (readable by the service's user only)."
                    + " The file is not served over HTTP (no Location): copy it off the server and restore it with"
                    + " bin/restore. On a PostgreSQL build the answer is 409: back up PostgreSQL with pg_dump.")
    @APIResponse(responseCode = "201", description = "The backup is complete",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "400", description = "includeSigningKeys missing or not a boolean")
    @APIResponse(responseCode = "409", description = "The service runs on PostgreSQL: use pg_dump")
    public RestResponse<BackupView> create(@Valid @NotNull NewBackup request) {
        return RestResponse.status(RestResponse.Status.CREATED, backups.create(request.includeSigningKeys()));
    }

    @GET
    @Operation(operationId = "listBackups", summary = "List the backups on the server",
            description = "Newest first. A PostgreSQL build has none (back it up with pg_dump).")
    public List<BackupView> list() {
        return backups.list();
    }
}
