package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.common.problem.ProblemException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RT and RW numbers. Stored as small integers, printed zero-padded with RT first ({@code 001/002},
 * as on a KTP), accepted as people write them: {@code 1/2}, {@code 001/002}, {@code RT 1 RW 2}.
 */
public record RtRw(Integer rt, Integer rw) {

    public static final int MAX = 999;
    /** One number as accepted on input: 1-3 digits, zero padding allowed. */
    public static final String NUMBER_PATTERN = "^0*[1-9]\\d{0,2}$";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_PATTERN);
    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,3})\\s*/\\s*(\\d{1,3})$");
    private static final Pattern WORDS = Pattern.compile("^RT\\s*(\\d{1,3})\\s*/?\\s*RW\\s*(\\d{1,3})$",
            Pattern.CASE_INSENSITIVE);

    /** {@code 1/2}, {@code 001/002} or {@code RT 1 RW 2}; null stays null; anything else is a 400 naming {@code field}. */
    public static RtRw parse(String field, String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        Matcher m = SLASHED.matcher(trimmed);
        if (!m.matches()) {
            m = WORDS.matcher(trimmed);
        }
        if (!m.matches()) {
            throw ProblemException.invalidField(field, "rtRw.invalid");
        }
        return new RtRw(number(field, m.group(1)), number(field, m.group(2)));
    }

    /** One RT or RW number, {@code 2} or {@code 002}; null or "" stays null. */
    public static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!NUMBER.matcher(text.trim()).matches()) {
            throw ProblemException.invalidField(field, "rtRw.number", MAX);
        }
        return Integer.valueOf(text.trim());
    }

    /** {@code 2} → {@code 002}. */
    /** An RT or RW number as a column stores it (they are at most 999). */
    public static Short stored(Integer number) {
        return number == null ? null : number.shortValue();
    }

    /** An RT or RW number as the API shows it. */
    public static Integer shown(Short number) {
        return number == null ? null : number.intValue();
    }

    public static String pad(Integer number) {
        return number == null ? null : String.format("%03d", number);
    }

    /** {@code 001/002}, or null unless both are known. */
    public String display() {
        return rt == null || rw == null ? null : pad(rt) + "/" + pad(rw);
    }
}
