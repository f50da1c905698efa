package id.go.bimakota.pilar.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quiet hours, the retry schedule and the forward-only states, without the service. */
class DeliveryRulesTest {

    @Test
    void quietHoursHoldMessagesUntilTheirEndInWita() {
        QuietHours quiet = QuietHours.parse("21:00-06:00");
        // 22:30 WITA = 14:30 UTC -> 06:00 WITA next day = 22:00 UTC
        assertEquals(Instant.parse("2026-12-07T22:00:00Z"), quiet.release(Instant.parse("2026-12-07T14:30:00Z")));
        // 05:00 WITA = 21:00 UTC the day before -> 06:00 WITA = 22:00 UTC
        assertEquals(Instant.parse("2026-12-07T22:00:00Z"), quiet.release(Instant.parse("2026-12-07T21:00:00Z")));
        Instant noon = Instant.parse("2026-12-07T04:00:00Z");
        assertEquals(noon, quiet.release(noon));
        Instant late = Instant.parse("2026-12-07T14:30:00Z");
        assertEquals(late, QuietHours.parse("off").release(late));
    }

    @Test
    void retriesFollowTheStandardWebhooksScheduleWithJitterAndRetryAfter() {
        Duration first = RetrySchedule.next(1, Optional.empty()).orElseThrow();
        assertTrue(first.compareTo(Duration.ofSeconds(5)) >= 0 && first.compareTo(Duration.ofMillis(5500)) <= 0, first.toString());
        Duration second = RetrySchedule.next(2, Optional.empty()).orElseThrow();
        assertTrue(second.compareTo(Duration.ofMinutes(5)) >= 0 && second.compareTo(Duration.ofSeconds(330)) <= 0, second.toString());
        assertEquals(Duration.ofHours(1), RetrySchedule.next(1, Optional.of(Duration.ofHours(1))).orElseThrow());
        assertTrue(RetrySchedule.next(7, Optional.empty()).isPresent());
        assertTrue(RetrySchedule.next(8, Optional.empty()).isEmpty(), "eight attempts in all");
    }

    @Test
    void aDeliveryNeverMovesBackwards() {
        assertTrue(DeliveryState.SENT.mayBecome(DeliveryState.DELIVERED));
        assertTrue(DeliveryState.DELIVERED.mayBecome(DeliveryState.READ));
        assertFalse(DeliveryState.READ.mayBecome(DeliveryState.DELIVERED));
        assertFalse(DeliveryState.DELIVERED.mayBecome(DeliveryState.SENT));
        assertFalse(DeliveryState.DELIVERED.mayBecome(DeliveryState.FAILED));
        assertTrue(DeliveryState.SENT.mayBecome(DeliveryState.FAILED));
        assertFalse(DeliveryState.FAILED.mayBecome(DeliveryState.DELIVERED));
    }

    @Test
    void addressesAreMaskedToTheirLastFourCharacters() {
        assertEquals("*********2210", DeliveryDtos.mask("6281339542210"));
        assertEquals("***", DeliveryDtos.mask("abc"));
    }
}
