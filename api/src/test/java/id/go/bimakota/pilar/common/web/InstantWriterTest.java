package id.go.bimakota.pilar.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantWriterTest {

    @Test
    void writesWhatInstantToStringWrites() {
        SplittableRandom random = new SplittableRandom(20261128);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant value = Instant.ofEpochSecond(random.nextLong(min, max + 1), nano);
            assertEquals(value.toString(), new String(InstantWriter.format(value)));
        }
    }

    @Test
    void edgesOfTheDayAndOfTheRange() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
            "2026-12-01T01:00:00Z", "2026-12-01T01:00:00.100Z", "2026-12-01T01:00:00.000100Z",
            "2026-12-01T01:00:00.000000100Z", "2024-02-29T23:59:59Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z"}) {
            assertEquals(text, new String(InstantWriter.format(Instant.parse(text))));
        }
    }

    @Test
    void isTheSerializerOfTheMapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new InstantWriter().customize(mapper);
        assertEquals("[\"2026-12-01T01:00:00.250Z\"]",
                mapper.writeValueAsString(new Instant[] {Instant.parse("2026-12-01T01:00:00.250Z")}));
    }
}
