package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.time.Times;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

/** The period of a report, in WITA dates with both ends included, and its JSON-or-CSV answer. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final String CSV = "text/csv";
    private static final int MAX_DAYS = 732;

    /** {@code from}/{@code to} as given, defaulting to the last 30 days; at most two years. */
    public static ReportPeriod parse(String from, String to, LocalDate today) {
        LocalDate end = to == null ? today : Times.parseDate("to", to);
        LocalDate start = from == null ? end.minusDays(29) : Times.parseDate("from", from);
        if (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ProblemException.invalidField("from", "report.period", MAX_DAYS);
        }
        return new ReportPeriod(start, end);
    }

    public Instant start() {
        return from.atStartOfDay(Times.WITA).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(Times.WITA).toInstant();
    }

    /** CSV when the caller asks for it (and not for JSON), JSON otherwise. */
    public static Response answer(String accept, Object json, Supplier<String> csv) {
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(csv.get(), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }
}
