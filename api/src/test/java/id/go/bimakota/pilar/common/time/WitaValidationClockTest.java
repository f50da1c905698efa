package id.go.bimakota.pilar.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WitaValidationClockTest {

    /** 02:00 WITA on 5 December is still 4 December in UTC: today for the validator is the 5th. */
    @Test
    void todayIsTheWitaDateBefore8InTheMorning() {
        Clock service = Clock.fixed(Instant.parse("2026-12-04T18:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 5), LocalDate.now(new WitaValidationClock(service).getClock()));
    }
}
