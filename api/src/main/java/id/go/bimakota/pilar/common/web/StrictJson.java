package id.go.bimakota.pilar.common.web;

import id.go.bimakota.pilar.common.time.Times;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Request bodies are read strictly, so hostile input is a 400 and never reaches the database:
 * no nesting deeper than any of our bodies needs, no null inside a list, no control characters in
 * text (PostgreSQL cannot even store NUL), and dates only within years 1-9999.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Our deepest body is three levels; 10,000 levels of brackets must not cost a stack. */
    static final int MAX_NESTING = 32;

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // last, so these deserializers win over the JavaTimeModule's
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .build());
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("pilar-strict-input")
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(LocalDate.class, new Plausible<LocalDate>(LocalDate.class,
                        LocalDateDeserializer.INSTANCE, Times::isPlausible))
                .addDeserializer(Instant.class, new Plausible<Instant>(Instant.class, InstantDeserializer.INSTANT,
                        Times::isPlausible)));
    }

    /** Control characters other than tab, line feed and carriage return (NUL cannot even be stored). */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Text without control characters other than tab and line breaks. */
    static final class PlainText extends StdScalarDeserializer<String> {
        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && hasControlCharacter(value)) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "control character");
            }
            if (value != null && InvisibleCharacters.contains(value)) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "invisible character");
            }
            return value;
        }
    }

    /** A date or instant as the standard deserializer reads it, refused outside the years 1-9999. */
    static final class Plausible<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> standard;
        private final Predicate<T> plausible;

        Plausible(Class<T> type, JsonDeserializer<T> standard, Predicate<T> plausible) {
            super(type);
            this.standard = standard;
            this.plausible = plausible;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = standard.deserialize(p, ctxt);
            if (value != null && !plausible.test(value)) {
                return (T) ctxt.handleWeirdStringValue(handledType(), p.getText(), "year out of range");
            }
            return value;
        }
    }
}
