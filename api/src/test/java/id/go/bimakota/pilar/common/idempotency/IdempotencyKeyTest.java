package id.go.bimakota.pilar.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.common.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key rule (1-255 printable ASCII), including characters an HTTP client will not send. */
class IdempotencyKeyTest {

    @Test
    void printableAsciiOfOneTo255CharactersIsAKey() {
        assertTrue(IdempotentRequest.isValidKey("a"));
        assertTrue(IdempotentRequest.isValidKey(" !~" + "k".repeat(252)));
        assertTrue(IdempotentRequest.isValidKey("550e8400-e29b-41d4-a716-446655440000"));
    }

    @Test
    void anythingElseIsNot() {
        for (String key : List.of("", "k".repeat(256), "tab\there", "nul\u0000", "del\u007f", "line\nbreak",
                "kunci-\u00e9", "emoji-\ud83d\ude00")) {
            assertFalse(IdempotentRequest.isValidKey(key), key);
        }
    }

    @Test
    void aMissingHeaderIsNoKeyAndARepeatedOneIsInvalid() {
        assertNull(IdempotentRequest.keyOf(List.of()));
        assertEquals("k1", IdempotentRequest.keyOf(List.of("k1")));
        ProblemException problem = assertThrows(ProblemException.class,
                () -> IdempotentRequest.keyOf(List.of("k1", "k2")));
        assertEquals(Idempotent.KEY_HEADER, problem.errors().get(0).field());
    }
}
