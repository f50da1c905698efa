package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.common.idempotency.Idempotent;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.EndpointPatch;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.EndpointView;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.EndpointWithSecret;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointDtos.NewEndpoint;
import id.go.bimakota.pilar.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/webhook-endpoints")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Idempotent
@Tag(name = "Webhook", description = WebhookEndpointResource.TAG)
public class WebhookEndpointResource {

    /** The tag's description, also used by Meta's WhatsApp webhook (one description per tag). */
    public static final String TAG = "Signed webhooks (Standard Webhooks v1) to systems of the city, and Meta's "
            + "WhatsApp status webhook. Webhook bertanda tangan ke sistem lain dan laporan status WhatsApp dari Meta.";

    private static final String SIGNED = " Each delivery is a POST following Standard Webhooks v1: headers webhook-id "
            + "(the same on every retry), webhook-timestamp (Unix seconds) and webhook-signature (v1,<base64 "
            + "HMAC-SHA256 of \"{webhook-id}.{webhook-timestamp}.{body}\" keyed with the base64-decoded secret after "
            + "whsec_>). 2xx is success; 410 Gone disables the endpoint; anything else, or no answer in 15 s, is "
            + "retried (Retry-After is honoured).";

    private final WebhookEndpointService endpoints;

    public WebhookEndpointResource(WebhookEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "List the webhook endpoints",
            description = "In the order they were registered; cursor-paged. Secrets are not shown. ADMIN only.")
    public Page<EndpointView> list(@BeanParam PageRequest page) {
        return endpoints.list(page);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Registered; the answer shows the secret this once",
            content = @Content(schema = @Schema(implementation = EndpointWithSecret.class)))
    @APIResponse(responseCode = "400", description = "Invalid values, every field named; url refused when not http(s) or on a private network")
    @Operation(operationId = "createWebhookEndpoint", summary = "Register a webhook endpoint",
            description = "Registers a receiver for the listed events and answers its signing secret (whsec_...), "
                    + "shown only here and at rotate-secret. " + WebhookEndpointDtos.URL_RULE + SIGNED + " ADMIN only.")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    public RestResponse<EndpointWithSecret> create(@Valid @NotNull NewEndpoint request) {
        EndpointWithSecret endpoint = endpoints.create(request);
        return Versions.created("/api/v1/webhook-endpoints/" + endpoint.id(), endpoint);
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = EndpointView.class, responseDescription = "The endpoint; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    @Operation(operationId = "getWebhookEndpoint", summary = "Show a webhook endpoint",
            description = "Whether it is active (an endpoint that answered 410 Gone is disabled, with when and why). "
                    + "The secret is not shown. ADMIN only.")
    public RestResponse<EndpointView> get(@PathParam("id") UUID id) {
        return Versions.ok(endpoints.get(id));
    }

    @PATCH
    @Path("/{id}")
    @APIResponseSchema(value = EndpointView.class, responseDescription = "Changed; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid values, every field named")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    @APIResponse(responseCode = "412", description = "Stale If-Match: current holds the endpoint as it is now")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Operation(operationId = "updateWebhookEndpoint", summary = "Change a webhook endpoint",
            description = "Send If-Match with the ETag you read (428 without, 412 when stale). {\"active\": true} turns "
                    + "an endpoint disabled after a 410 Gone on again. " + WebhookEndpointDtos.URL_RULE + " ADMIN only.")
    public RestResponse<EndpointView> update(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"2\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EndpointPatch patch) {
        return Versions.ok(endpoints.update(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Deleted: it receives nothing more")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint",
            description = "Deliveries still due to it fail. If-Match is optional; when sent it must be current. ADMIN only.")
    public void delete(@PathParam("id") UUID id, @Parameter(example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        endpoints.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @APIResponseSchema(value = EndpointWithSecret.class,
            responseDescription = "The new secret, shown this once; ETag carries the new version")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    @Operation(operationId = "rotateWebhookEndpointSecret", summary = "Give a webhook endpoint a new secret",
            description = "The new secret signs everything from now on, retries of earlier deliveries included; the "
                    + "old one nothing. Shown only in this answer. ADMIN only.")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    public RestResponse<EndpointWithSecret> rotateSecret(@PathParam("id") UUID id) {
        return Versions.ok(endpoints.rotateSecret(id));
    }
}
