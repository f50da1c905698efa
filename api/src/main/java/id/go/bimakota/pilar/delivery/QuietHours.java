package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.common.time.Times;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The hours (WITA) in which messages to people wait until the end: {@code 21:00-06:00}, or
 * {@code off}. A window may run past midnight.
 */
record QuietHours(LocalTime start, LocalTime end) {

    static QuietHours parse(String setting) {
        String value = setting.trim();
        if (value.equalsIgnoreCase("off")) {
            return new QuietHours(null, null);
        }
        String[] parts = value.split("-");
        try {
            if (parts.length == 2) {
                return new QuietHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("PILAR_QUIET_HOURS must be HH:mm-HH:mm or off, not " + setting);
    }

    /** When a message created at {@code at} may go: at once, or at the end of the quiet hours. */
    Instant release(Instant at) {
        if (start == null || start.equals(end)) {
            return at;
        }
        ZonedDateTime t = at.atZone(Times.WITA);
        LocalTime time = t.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return at;
        }
        ZonedDateTime endToday = t.toLocalDate().atTime(end).atZone(Times.WITA);
        return (endToday.isAfter(t) ? endToday : endToday.plusDays(1)).toInstant();
    }
}
