package id.go.bimakota.pilar.delivery.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bimakota.pilar.delivery.ProviderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one call of Meta's webhook reports, read from the documented payload
 * ({@code entry[].changes[].value}): the statuses of messages we sent and the messages people sent
 * us (button replies, used by the answer-in-WhatsApp issue). Read leniently: Meta adds fields, and a
 * report we do not know (e.g. {@code status: "deleted"}) is skipped, not refused.
 */
record MetaNotification(List<StatusReport> statuses, List<IncomingMessage> messages) {

    /** One entry of {@code statuses[]}. */
    record StatusReport(String messageId, ProviderStatus status, Instant at, Optional<String> error,
            Optional<String> callbackData) {
    }

    /** One entry of {@code messages[]}; for {@code type: "button"} the payload and text of the tapped button. */
    record IncomingMessage(String messageId, String from, String type, Instant at, Optional<String> contextMessageId,
            Optional<String> buttonPayload, Optional<String> buttonText) {
    }

    static MetaNotification read(JsonNode root) {
        List<StatusReport> statuses = new ArrayList<>();
        List<IncomingMessage> messages = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                value.path("statuses").forEach(s -> status(s).ifPresent(statuses::add));
                value.path("messages").forEach(m -> message(m).ifPresent(messages::add));
            }
        }
        return new MetaNotification(statuses, messages);
    }

    private static Optional<StatusReport> status(JsonNode s) {
        String id = s.path("id").asText("");
        Optional<ProviderStatus> status = providerStatus(s.path("status").asText(""));
        Optional<Instant> at = instant(s.path("timestamp"));
        if (id.isBlank() || status.isEmpty() || at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatusReport(id, status.get(), at.get(), error(s.path("errors")),
                text(s.path("biz_opaque_callback_data"))));
    }

    private static Optional<IncomingMessage> message(JsonNode m) {
        String id = m.path("id").asText("");
        Optional<Instant> at = instant(m.path("timestamp"));
        if (id.isBlank() || at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IncomingMessage(id, m.path("from").asText(""), m.path("type").asText(""), at.get(),
                text(m.path("context").path("id")), text(m.path("button").path("payload")),
                text(m.path("button").path("text"))));
    }

    private static Optional<ProviderStatus> providerStatus(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "sent" -> Optional.of(ProviderStatus.SENT);
            case "delivered" -> Optional.of(ProviderStatus.DELIVERED);
            case "read" -> Optional.of(ProviderStatus.READ);
            case "failed" -> Optional.of(ProviderStatus.FAILED);
            default -> Optional.empty();
        };
    }

    /** The first error as "code title (details)", for a failed message. */
    private static Optional<String> error(JsonNode errors) {
        JsonNode first = errors.path(0);
        if (first.isMissingNode() || !first.isObject()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(first.path("code").asText("?"));
        String title = first.path("title").asText(first.path("message").asText(""));
        if (!title.isBlank()) {
            text.append(' ').append(title);
        }
        String details = first.path("error_data").path("details").asText("");
        if (!details.isBlank() && !details.equals(title)) {
            text.append(" (").append(details).append(')');
        }
        return Optional.of(text.length() > 500 ? text.substring(0, 500) : text.toString());
    }

    /** Meta's timestamps are Unix seconds, sent as a string. */
    private static Optional<Instant> instant(JsonNode timestamp) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp.asText(""))));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        String value = node.asText("");
        return node.isValueNode() && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }
}
