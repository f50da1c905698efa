package id.go.bimakota.pilar.delivery.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.delivery.DeliveryStatusSink;
import id.go.bimakota.pilar.delivery.webhook.WebhookEndpointResource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Meta's webhook for the WhatsApp number: the subscription handshake and the status reports of the
 * messages we sent. Open to anyone (Meta holds no token of ours), so nothing is believed before the
 * app secret's signature over the raw body checks out.
 */
@Path("/api/v1/webhooks/whatsapp")
@PermitAll
@Tag(name = "Webhook", description = WebhookEndpointResource.TAG)
public class WhatsAppWebhookResource {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    /** Meta's challenge is a number; nothing else is echoed, so the answer can never carry markup. */
    static final String CHALLENGE_PATTERN = "^[A-Za-z0-9_.~-]{1,200}$";
    private static final Pattern CHALLENGE = Pattern.compile(CHALLENGE_PATTERN);
    private static final Logger LOG = Logger.getLogger(WhatsAppWebhookResource.class);

    private final PilarConfig.WhatsApp config;
    private final ObjectMapper json;
    private final DeliveryStatusSink sink;

    public WhatsAppWebhookResource(PilarConfig config, ObjectMapper json, DeliveryStatusSink sink) {
        this.config = config.whatsapp();
        this.json = json;
        this.sink = sink;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @APIResponse(responseCode = "200", description = "The challenge, echoed",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "hub.challenge missing or not a plain token")
    @APIResponse(responseCode = "403", description = "hub.mode is not subscribe, or hub.verify_token is not PILAR_WHATSAPP_VERIFY_TOKEN")
    @Operation(operationId = "verifyWhatsAppWebhook", summary = "Meta's webhook verification handshake",
            description = "Called by Meta when the webhook is set up in the app dashboard (docs/WHATSAPP.md): with "
                    + "hub.mode=subscribe and hub.verify_token equal to PILAR_WHATSAPP_VERIFY_TOKEN it answers "
                    + "hub.challenge as text/plain; otherwise 403. Needs no token.")
    public Response verify(
            @Parameter(description = "Always subscribe", schema = @Schema(enumeration = "subscribe", maxLength = 20))
            @QueryParam("hub.mode") String mode,
            @Parameter(description = "The verify token entered in Meta's dashboard", schema = @Schema(maxLength = 200))
            @QueryParam("hub.verify_token") String verifyToken,
            @Parameter(description = "A number to echo (e.g. 1158201444)",
                    schema = @Schema(pattern = CHALLENGE_PATTERN, maxLength = 200))
            @QueryParam("hub.challenge") String challenge) {
        if (!"subscribe".equals(mode) || !sameToken(verifyToken)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("whatsapp.verifyToken.wrong"));
        }
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            throw ProblemException.invalidField("hub.challenge", "whatsapp.challenge.invalid");
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MetaWebhookDocs.Notification.class)))
    @APIResponse(responseCode = "200", description = "Received; every status was passed on to its delivery")
    @APIResponse(responseCode = "400", description = "Signed correctly, but not JSON")
    @APIResponse(responseCode = "401", description = "X-Hub-Signature-256 missing or not the app secret's signature of the body: nothing changed")
    @Operation(operationId = "receiveWhatsAppWebhook", summary = "Meta's status reports of sent WhatsApp messages",
            description = "Called by Meta for the subscribed field messages. Accepted only with X-Hub-Signature-256: "
                    + "sha256=<hex HMAC-SHA256 of the raw body keyed with PILAR_WHATSAPP_APP_SECRET>; otherwise 401 and "
                    + "nothing changes. Each entry[].changes[].value.statuses[] (sent, delivered, read, failed with "
                    + "errors[]) updates the delivery of that message id; a status arriving late or twice never moves "
                    + "a delivery backwards. messages[] (replies) are read and ignored for now. Needs no token.")
    public Response receive(
            @Parameter(required = true, description = "sha256= and the hex HMAC-SHA256 of the raw body",
                    example = "sha256=3d7c0f1e9a4b2c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7",
                    schema = @Schema(maxLength = 100))
            @HeaderParam(SIGNATURE_HEADER) String signature,
            byte[] body) {
        if (!MetaSignature.valid(config.appSecret(), signature, body == null ? new byte[0] : body)) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, Message.of("whatsapp.signature.invalid"));
        }
        MetaNotification notification = MetaNotification.read(parse(body));
        notification.statuses().forEach(s -> sink.providerStatus(s.messageId(), s.status(), s.at(), s.error()));
        if (!notification.messages().isEmpty()) {
            // Button replies (the answer-in-WhatsApp issue) are not acted on yet.
            LOG.debugf("%d incoming WhatsApp messages ignored", notification.messages().size());
        }
        return Response.ok().build();
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw ProblemException.invalidField("body", "whatsapp.body.invalid");
            }
            return root;
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "whatsapp.body.invalid");
        }
    }

    private boolean sameToken(String given) {
        return config.verifyToken().filter(t -> !t.isBlank()).map(expected -> given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
