package id.go.bimakota.pilar.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes instants exactly as {@link Instant#toString()} does ({@code 2026-12-01T01:00:00Z}, with
 * milli-, micro- or nanoseconds only when there are any), without the general-purpose formatter: a
 * notice page carries a few hundred instants, and formatting them was a twelfth of its CPU.
 */
@Singleton
public class InstantWriter extends StdScalarSerializer<Instant> implements ObjectMapperCustomizer {

    private static final long SECONDS_PER_DAY = 86_400;

    public InstantWriter() {
        super(Instant.class);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // last, so this serializer wins over the JavaTimeModule's
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("pilar-instant-writer").addSerializer(Instant.class, this));
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        char[] text = format(value);
        gen.writeString(text, 0, text.length);
    }

    /** The characters of {@code value.toString()}. */
    static char[] format(Instant value) {
        long day = Math.floorDiv(value.getEpochSecond(), SECONDS_PER_DAY);
        int second = (int) Math.floorMod(value.getEpochSecond(), SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return value.toString().toCharArray(); // years the service never stores: the standard form
        }
        int nano = value.getNano();
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
        char[] out = new char[20 + (digits == 0 ? 0 : digits + 1)];
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, second / 3600, 2);
        out[13] = ':';
        put(out, 14, second / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, second % 60, 2);
        int at = 19;
        if (digits > 0) {
            out[at++] = '.';
            put(out, at, nano / POWERS_OF_TEN[9 - digits], digits);
            at += digits;
        }
        out[at] = 'Z';
        return out;
    }

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000};

    /** {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code from}. */
    private static void put(char[] out, int from, int value, int width) {
        for (int i = from + width - 1; i >= from; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
