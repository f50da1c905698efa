package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.common.idempotency.Idempotent;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.delivery.DeliveryDtos.DeliveryView;
import id.go.bimakota.pilar.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Idempotent
@Tag(name = "Pengiriman Pesan", description = "Setiap pesan WhatsApp, email dan webhook tentang pemberitahuan, per penerima: "
        + "terkirim atau tidak, dan siapa yang perlu ditelepon. Every message about a notice, per recipient and channel.")
public class DeliveryResource {

    private final DeliveryService deliveries;

    public DeliveryResource(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(operationId = "listDeliveries", summary = "The Dinas's worklist of deliveries",
            description = "Newest first. ?status=FAILED lists who could not be reached, to call them instead.")
    public Page<DeliveryView> list(
            @Parameter(schema = @Schema(enumeration = {"QUEUED", "SENDING", "SENT", "DELIVERED", "READ", "FAILED",
                    "SUPPRESSED", "EXPIRED"})) @QueryParam("status") DeliveryState status,
            @Parameter(example = "52.72.03.1004") @QueryParam("kelurahan") String kelurahan,
            @Parameter(description = "Created at or after this instant", schema = @Schema(format = "date-time"))
            @QueryParam("from") String from,
            @Parameter(description = "Created before this instant", schema = @Schema(format = "date-time"))
            @QueryParam("to") String to,
            @BeanParam PageRequest page) {
        return deliveries.list(new DeliveryService.Filter(status, kelurahan, Times.parseInstant("from", from),
                Times.parseInstant("to", to)), page);
    }

    @POST
    @Path("/{id}/retry")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    @Operation(operationId = "retryDelivery", summary = "Send a delivery again",
            description = "A FAILED, EXPIRED or SUPPRESSED delivery is queued for a new round of attempts (same id, same "
                    + "message); any other state is 409.")
    public RestResponse<DeliveryView> retry(@PathParam("id") UUID id) {
        return RestResponse.ok(deliveries.retry(id));
    }

    /** The deliveries of one notice, under the notice's path. */
    @Path("/api/v1/notices/{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR, Role.Names.KELURAHAN})
    @Tag(name = "Pengiriman Pesan")
    public static class OfNotice {

        private final DeliveryService deliveries;

        public OfNotice(DeliveryService deliveries) {
            this.deliveries = deliveries;
        }

        @GET
        @Operation(operationId = "listNoticeDeliveries", summary = "Who was told about a notice, and whether it arrived",
                description = "Every delivery of the notice (ADMIN and its lead pillar): recipient, position, channel, "
                        + "address masked to its last 4 characters, state and attempts.")
        public List<DeliveryView> list(@PathParam("id") UUID id) {
            return deliveries.ofNotice(id);
        }
    }
}
