package id.go.bimakota.pilar.delivery.webhook;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A receiver's or provider's {@code Retry-After} (RFC 9110: seconds or an HTTP date), as a wait from now. */
public final class RetryAfter {

    /** Longer waits than this are read as this: a receiver must not park a delivery for days. */
    static final Duration MAX = Duration.ofHours(10);

    private RetryAfter() {
    }

    public static Optional<Duration> of(HttpResponse<?> response, Instant now) {
        return response.headers().firstValue("Retry-After").flatMap(value -> parse(value.trim(), now));
    }

    static Optional<Duration> parse(String value, Instant now) {
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MAX) > 0 ? MAX : wait);
    }
}
