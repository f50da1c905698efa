package id.go.bimakota.pilar.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);

    @Test
    void anEmptyOutboxIsPolledAtTheInterval() {
        Backoff backoff = new Backoff(INTERVAL, new Random(1));

        assertEquals(INTERVAL, backoff.after(report(0, 0, null)));
        assertEquals(INTERVAL, backoff.after(report(0, 0, null)));
    }

    @Test
    void whileItemsStayPendingTheWaitDoublesWithJitterUpToACeiling() {
        Backoff backoff = new Backoff(INTERVAL, new Random(1));

        for (int pass = 1; pass <= 12; pass++) {
            long limit = Math.min(Duration.ofMinutes(15).toMillis(), INTERVAL.toMillis() << (pass - 1));
            long wait = backoff.after(report(0, 3, null)).toMillis();
            assertTrue(wait >= limit / 2 && wait <= limit, "pass " + pass + ": " + wait + " not in [" + limit / 2
                    + ", " + limit + "]");
        }
    }

    @Test
    void progressOrAnEmptyOutboxStartsOver() {
        Backoff backoff = new Backoff(INTERVAL, new Random(1));
        for (int pass = 0; pass < 5; pass++) {
            backoff.after(report(0, 3, null));
        }

        assertEquals(INTERVAL, backoff.after(report(1, 2, null)));
        assertTrue(backoff.after(report(0, 2, null)).compareTo(INTERVAL) <= 0);
    }

    @Test
    void retryAfterIsAFloor() {
        Backoff backoff = new Backoff(INTERVAL, new Random(1));

        assertEquals(Duration.ofMinutes(2), backoff.after(report(0, 1, Duration.ofMinutes(2))));
    }

    @Test
    void aFailedPassCountsAsNoProgress() {
        Backoff backoff = new Backoff(INTERVAL, new Random(1));
        backoff.after(null);

        long wait = backoff.after(null).toMillis();

        assertTrue(wait >= INTERVAL.toMillis() && wait <= 2 * INTERVAL.toMillis(), "second failure: " + wait);
    }

    @Test
    void phonesThatFailedTogetherDoNotRetryTogether() {
        Set<Duration> waits = new HashSet<>();
        for (int phone = 0; phone < 20; phone++) {
            Backoff backoff = new Backoff(INTERVAL, new Random(phone));
            backoff.after(report(0, 1, null));
            waits.add(backoff.after(report(0, 1, null)));
        }

        assertTrue(waits.size() > 15, "waits: " + waits);
    }

    private static SyncReport report(int sent, int pending, Duration retryAfter) {
        return new SyncReport(sent, 0, pending, List.of(), null, retryAfter);
    }
}
