package id.go.bimakota.pilar.common.time;

import id.go.bimakota.pilar.common.problem.ProblemException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time in the API: instants in UTC, calendar dates in WITA (Kota Bima's time zone). */
public final class Times {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Dates people mean; beyond these the databases (and date arithmetic) overflow. */
    static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private Times() {
    }

    /** An ISO-8601 instant, with {@code Z} or an offset such as {@code +08:00}; null when absent. */
    /** Today's date in Kota Bima. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), WITA);
    }

    public static Instant parseInstant(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (isPlausible(instant)) {
                return instant;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw ProblemException.invalidField(field, "value.instant");
    }

    /** A calendar date {@code YYYY-MM-DD}; null when absent. */
    public static LocalDate parseDate(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (isPlausible(date)) {
                return date;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw ProblemException.invalidField(field, "value.date");
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    public static boolean isPlausible(Instant instant) {
        return !instant.isBefore(FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
