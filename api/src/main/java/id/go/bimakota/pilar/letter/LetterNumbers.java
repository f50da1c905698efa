package id.go.bimakota.pilar.letter;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats a letter number from the configured pattern, e.g. {@code 400.9/007/DINSOS/XII/2026}. */
final class LetterNumbers {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([a-z0-9]+))?}");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private LetterNumbers() {
    }

    /** Fails on an unknown placeholder or a pattern without {@code {seq}}: two letters must never share a number. */
    static void requireValid(String pattern) {
        if (!PLACEHOLDER.matcher(pattern).results().anyMatch(m -> m.group(1).equals("seq"))) {
            throw new IllegalArgumentException("PILAR_LETTER_NUMBER_PATTERN needs {seq}: " + pattern);
        }
        format(pattern, 1, LocalDate.of(2026, 1, 1));
    }

    static String format(String pattern, long seq, LocalDate issued) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String option = m.group(2);
            String value = switch (name) {
                case "seq" -> pad(seq, option, pattern);
                case "year" -> String.valueOf(issued.getYear());
                case "month" -> "roman".equals(option) ? ROMAN[issued.getMonthValue() - 1]
                        : pad(issued.getMonthValue(), option, pattern);
                default -> throw new IllegalArgumentException("Unknown placeholder {" + name + "} in " + pattern);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String pad(long value, String width, String pattern) {
        if (width == null) {
            return String.valueOf(value);
        }
        if (!width.matches("[1-9]")) {
            throw new IllegalArgumentException("Bad width " + width + " in " + pattern);
        }
        return String.format("%0" + width + "d", value);
    }
}
