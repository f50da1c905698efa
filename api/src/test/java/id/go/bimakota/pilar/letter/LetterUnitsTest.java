package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.common.config.PilarConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The small rules of a letter, without the service: numbers, Indonesian dates, the page's rate limit. */
class LetterUnitsTest {

    @Test
    void letterNumbersFollowThePattern() {
        String pattern = "400.9/{seq:3}/DINSOS/{month:roman}/{year}";
        assertEquals("400.9/007/DINSOS/XII/2026", LetterNumbers.format(pattern, 7, LocalDate.of(2026, 12, 4)));
        assertEquals("400.9/1234/DINSOS/I/2027", LetterNumbers.format(pattern, 1234, LocalDate.of(2027, 1, 2)));
        assertEquals("B-5/Dinsos/04/2026", LetterNumbers.format("B-{seq}/Dinsos/{month:2}/{year}", 5, LocalDate.of(2026, 4, 1)));
        assertThrows(IllegalArgumentException.class, () -> LetterNumbers.requireValid("400.9/DINSOS/{year}"));
        assertThrows(IllegalArgumentException.class, () -> LetterNumbers.requireValid("{seq}/{day}"));
        LetterNumbers.requireValid(pattern);
    }

    @Test
    void timesAreWrittenTheIndonesianWayInWita() {
        assertEquals("4 Desember 2026", IndonesianDates.date(LocalDate.of(2026, 12, 4)));
        assertEquals("Senin, 7 Desember 2026, 09.00–11.00 WITA",
                IndonesianDates.window(Instant.parse("2026-12-07T01:00:00Z"), Instant.parse("2026-12-07T03:00:00Z")));
        assertEquals("Jumat, 11 Desember 2026, 20.30 WITA – Sabtu, 12 Desember 2026, 02.00 WITA",
                IndonesianDates.window(Instant.parse("2026-12-11T12:30:00Z"), Instant.parse("2026-12-11T18:00:00Z")));
    }

    @Test
    void thePageIsRateLimitedPerAddressAndMinute() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:10Z"));
        VerifyRateLimit limit = new VerifyRateLimit(settings(3), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limit.check("10.0.0.1").isEmpty());
        }
        assertEquals(50, limit.check("10.0.0.1").getAsLong(), "seconds to the next minute");
        assertTrue(limit.check("10.0.0.2").isEmpty(), "another address has its own allowance");
        clock.now = Instant.parse("2026-12-04T10:01:00Z");
        assertFalse(limit.check("10.0.0.1").isPresent(), "a new minute, a new allowance");
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static PilarConfig.Letter settings(int perMinute) {
        return new PilarConfig.Letter() {
            public String publicUrl() {
                return "https://pilar.bimakota.go.id";
            }

            public String numberPattern() {
                return "400.9/{seq:3}/DINSOS/{month:roman}/{year}";
            }

            public String place() {
                return "Bima";
            }

            public Letterhead letterhead() {
                return null;
            }

            public Signer signer() {
                return null;
            }

            public int verifyRequestsPerMinute() {
                return perMinute;
            }
        };
    }

}
