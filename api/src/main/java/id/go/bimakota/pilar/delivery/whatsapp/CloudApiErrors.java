package id.go.bimakota.pilar.delivery.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bimakota.pilar.delivery.SendOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What an error answer of the Cloud API means for a delivery, from Meta's documented error payload
 * ({@code error.code}, {@code error.message}, {@code error.error_data.details}) and the HTTP status.
 * The table in docs/WHATSAPP.md says why each code is permanent or passing.
 */
final class CloudApiErrors {

    /** The recipient or the message cannot succeed however often it is sent. */
    private static final Set<Integer> PERMANENT = Set.of(
            100,    // invalid parameter
            131008, // required parameter missing
            131009, // parameter value not valid (e.g. the phone number)
            131021, // recipient is the sender
            131026, // not on WhatsApp, or cannot receive this message
            131047, // re-engagement: more than 24 h since the recipient last wrote (free-form messages)
            131051, // unsupported message type
            131052, // media download error
            131053); // media upload error

    /** Throughput and spam limits: the same message goes through later. */
    private static final Set<Integer> RATE_LIMITS = Set.of(4, 80007, 130429, 131048, 131056);

    /** The token is expired, revoked or lacks a permission: passing once an operator renews it. */
    private static final Set<Integer> TOKEN = Set.of(0, 10, 190);

    private CloudApiErrors() {
    }

    static SendOutcome classify(int status, JsonNode answer, Optional<Duration> retryAfter) {
        JsonNode error = answer.path("error");
        int code = error.path("code").asInt(-1);
        String text = describe(status, code, error);
        if (status == 401 || TOKEN.contains(code) || (code >= 200 && code <= 299)) {
            return new SendOutcome.Retry(text + " - the access token was refused: renew PILAR_WHATSAPP_ACCESS_TOKEN",
                    retryAfter);
        }
        if (status == 429 || RATE_LIMITS.contains(code)) {
            return new SendOutcome.Retry(text + " - rate limited", retryAfter);
        }
        if (PERMANENT.contains(code) || (code >= 132000 && code < 133000)) {
            return new SendOutcome.Failed(text);
        }
        if (status >= 500 || status == 408 || code == 1 || code == 2 || code == 131000 || code == 131016) {
            return new SendOutcome.Retry(text, retryAfter);
        }
        if (code >= 133000 && code < 134000 || code == 131042 || code == 368) {
            // the sending number or the business account: an operator fixes it in WhatsApp Manager
            return new SendOutcome.Retry(text + " - check the sending number and account in WhatsApp Manager", retryAfter);
        }
        // any other 4xx: the request itself is wrong, sending it again cannot help
        return status >= 400 && status < 500 ? new SendOutcome.Failed(text) : new SendOutcome.Retry(text, retryAfter);
    }

    private static String describe(int status, int code, JsonNode error) {
        StringBuilder text = new StringBuilder("WhatsApp HTTP ").append(status);
        if (code >= 0) {
            text.append(", error ").append(code);
        }
        String message = error.path("message").asText("");
        if (!message.isBlank()) {
            text.append(": ").append(message);
        }
        String details = error.path("error_data").path("details").asText("");
        if (!details.isBlank() && !details.equals(message)) {
            text.append(" (").append(details).append(')');
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }
}
