package id.go.bimakota.pilar.delivery.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.delivery.Channel;
import id.go.bimakota.pilar.delivery.ChannelKind;
import id.go.bimakota.pilar.delivery.OutgoingMessage;
import id.go.bimakota.pilar.delivery.SendOutcome;
import id.go.bimakota.pilar.delivery.webhook.OutboundHttp;
import id.go.bimakota.pilar.delivery.webhook.RetryAfter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Template messages through Meta's WhatsApp Business Cloud API:
 * {@code POST {api}/{phone-number-id}/messages} with the bearer token. Every message is a template
 * registered in WhatsApp Manager (language {@code id}), so it may open a conversation; our delivery
 * id rides along as {@code biz_opaque_callback_data} and comes back in the status webhooks.
 */
@ApplicationScoped
public class WhatsAppChannel implements Channel {

    static final String LANGUAGE = "id";
    /** A WhatsApp number in international form without "+": the country code first (62 for Indonesia). */
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{7,14}");

    private final PilarConfig.WhatsApp config;
    private final ObjectMapper json;
    private final Clock clock;
    private final OutboundHttp http;

    @Inject
    public WhatsAppChannel(PilarConfig config, ObjectMapper json, Clock clock) {
        this(config.whatsapp(), json, clock);
    }

    WhatsAppChannel(PilarConfig.WhatsApp config, ObjectMapper json, Clock clock) {
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.http = new OutboundHttp("WhatsApp", config.timeout());
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WHATSAPP;
    }

    @Override
    public Optional<String> unavailableReason() {
        List<String> missing = new ArrayList<>();
        if (blank(config.phoneNumberId())) {
            missing.add("PILAR_WHATSAPP_PHONE_NUMBER_ID");
        }
        if (blank(config.accessToken())) {
            missing.add("PILAR_WHATSAPP_ACCESS_TOKEN");
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("WhatsApp is not configured: " + String.join(" and ", missing)
                        + (missing.size() == 1 ? " is" : " are") + " not set");
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        Optional<String> unavailable = unavailableReason();
        if (unavailable.isPresent()) {
            return new SendOutcome.Retry(unavailable.get(), Optional.empty());
        }
        String to = message.address() == null ? "" : message.address().trim().replaceFirst("^\\+", "");
        if (!NUMBER.matcher(to).matches()) {
            return new SendOutcome.Failed("not a WhatsApp number in international form (62...)");
        }
        if (message.template() == null || message.template().isBlank()) {
            return new SendOutcome.Failed("no template named for a WhatsApp message");
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint()).timeout(config.timeout())
                .header("Authorization", "Bearer " + config.accessToken().orElseThrow())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(message, to), StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), this::answer);
    }

    private URI endpoint() {
        String base = config.apiUrl().replaceAll("/+$", "");
        return URI.create(base + "/" + config.phoneNumberId().orElseThrow().trim() + "/messages");
    }

    /** The documented template message; each body parameter is one {@code {{n}}} of the template, in order. */
    String body(OutgoingMessage message, String to) {
        ObjectNode body = json.createObjectNode().put("messaging_product", "whatsapp")
                .put("to", to).put("type", "template");
        ObjectNode template = body.putObject("template").put("name", message.template());
        template.putObject("language").put("code", LANGUAGE);
        if (!message.parameters().isEmpty()) {
            ArrayNode parameters = template.putArray("components").addObject().put("type", "body").putArray("parameters");
            message.parameters().forEach(text -> parameters.addObject().put("type", "text").put("text", text));
        }
        body.put("biz_opaque_callback_data", message.deliveryId().toString());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SendOutcome answer(HttpResponse<String> response) {
        JsonNode answer = parse(response.body());
        int status = response.statusCode();
        if (status / 100 == 2) {
            String id = answer.path("messages").path(0).path("id").asText("");
            return id.isBlank() ? new SendOutcome.Retry("WhatsApp HTTP " + status + " without a message id", Optional.empty())
                    : new SendOutcome.Sent(id);
        }
        return CloudApiErrors.classify(status, answer, RetryAfter.of(response, clock.instant()));
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return json.createObjectNode(); // a proxy's HTML error page: judged by its status alone
        }
    }

    private static boolean blank(Optional<String> value) {
        return value.isEmpty() || value.get().isBlank();
    }
}
