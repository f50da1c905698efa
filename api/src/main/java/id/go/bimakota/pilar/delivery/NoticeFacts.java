package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.delivery.MessageTemplate.Field;
import java.util.EnumMap;
import java.util.Map;

/**
 * What messages about one notice say, already in words and one line each (WhatsApp refuses line
 * breaks in parameters). Built from ids, codes, times, the place and the pillars only: never from a
 * case's subject or text, or a visit report.
 */
record NoticeFacts(Map<Field, String> values) {

    private static final int MAX_PARAMETER = 900;

    NoticeFacts {
        values = Map.copyOf(values);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The value of a field; the personal link is per recipient and comes from the caller. */
    String value(Field field, String link) {
        if (field == Field.LINK) {
            return link == null ? "-" : link;
        }
        return values.getOrDefault(field, "-");
    }

    static final class Builder {
        private final Map<Field, String> values = new EnumMap<>(Field.class);

        Builder put(Field field, String value) {
            values.put(field, oneLine(value));
            return this;
        }

        NoticeFacts build() {
            return new NoticeFacts(values);
        }
    }

    /** One line, no runs of spaces, never empty: what a WhatsApp template parameter may hold. */
    static String oneLine(String value) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        String line = value.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_PARAMETER ? line : line.substring(0, MAX_PARAMETER - 1) + "…";
    }
}
