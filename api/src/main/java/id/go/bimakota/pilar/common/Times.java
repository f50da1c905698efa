package id.go.bimakota.pilar.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Time in the API: instants in UTC, calendar dates in WITA (Kota Bima's time zone). */
public final class Times {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private Times() {
    }

    /** An ISO-8601 instant, with {@code Z} or an offset such as {@code +08:00}; null when absent. */
    public static Instant parseInstant(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw ProblemException.invalidField(field, "value.instant");
        }
    }

    /** A calendar date {@code YYYY-MM-DD}; null when absent. */
    public static LocalDate parseDate(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField(field, "value.date");
        }
    }
}
