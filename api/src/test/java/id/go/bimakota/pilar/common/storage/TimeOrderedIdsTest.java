package id.go.bimakota.pilar.common.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void areVersionSevenWithTheRfcVariant() {
        UUID id = TimeOrderedIds.next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void beginWithTheMillisecondTheyWereMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, id + " carries " + millis);
    }

    @Test
    void aLaterMillisecondSortsAfterAsTheDatabasesCompareThem() throws InterruptedException {
        UUID first = TimeOrderedIds.next();
        Thread.sleep(2);
        UUID second = TimeOrderedIds.next();
        // PostgreSQL and H2 compare UUIDs as unsigned bytes, most significant first.
        assertTrue(Long.compareUnsigned(first.getMostSignificantBits(), second.getMostSignificantBits()) < 0,
                first + " then " + second);
    }

    @Test
    void doNotRepeatWithinAMillisecond() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(TimeOrderedIds.next()));
        }
    }
}
