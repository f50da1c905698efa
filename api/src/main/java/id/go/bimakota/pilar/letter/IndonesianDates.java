package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.common.time.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Dates and times the Indonesian way, in WITA: "4 Desember 2026", "Senin, 7 Desember 2026,
 * 09.00–11.00 WITA". Spelled out here rather than through the JDK's locale data, whose
 * Indonesian names have changed between releases.
 */
public final class IndonesianDates {

    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianDates() {
    }

    public static String date(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    public static String dayAndDate(LocalDate d) {
        return DAYS[d.getDayOfWeek().getValue() - 1] + ", " + date(d);
    }

    public static String time(ZonedDateTime t) {
        return "%02d.%02d".formatted(t.getHour(), t.getMinute());
    }

    /** A visit window; one that runs past midnight names both days. */
    public static String window(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(Times.WITA);
        ZonedDateTime e = end.atZone(Times.WITA);
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return dayAndDate(s.toLocalDate()) + ", " + time(s) + "\u2013" + time(e) + " WITA";
        }
        return dayAndDate(s.toLocalDate()) + ", " + time(s) + " WITA \u2013 " + dayAndDate(e.toLocalDate()) + ", "
                + time(e) + " WITA";
    }

    public static String dateTime(Instant at) {
        ZonedDateTime t = at.atZone(Times.WITA);
        return dayAndDate(t.toLocalDate()) + ", " + time(t) + " WITA";
    }
}
