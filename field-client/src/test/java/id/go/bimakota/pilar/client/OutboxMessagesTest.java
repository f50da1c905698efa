package id.go.bimakota.pilar.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxMessagesTest {

    @Test
    void indonesianForEveryLanguageTagStartingWithId() {
        assertEquals("Bergantung pada item outbox yang ditolak",
                OutboxMessages.forLanguage("id").text("dependencyRejected.title"));
        assertEquals("Item outbox i-1 ditolak atau dibuang, jadi item ini tidak dapat dikirim.",
                OutboxMessages.forLanguage("ID-id").text("dependencyRejected.detail", "i-1"));
    }

    @Test
    void englishOtherwise() {
        assertEquals("Outbox item i-1 was rejected or discarded, so this item cannot be sent.",
                OutboxMessages.forLanguage("en").text("dependencyRejected.detail", "i-1"));
        assertEquals("Depends on a rejected outbox item",
                OutboxMessages.forLanguage("fr").text("dependencyRejected.title"));
    }

    /** Both files carry the same keys: a text missing in one language fails here, not in the field. */
    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertEquals(keys("OutboxMessages.properties"), keys("OutboxMessages_id.properties"));
        assertThrows(IllegalArgumentException.class, () -> OutboxMessages.forLanguage("en").text("no.such.key"));
    }

    private static Set<Object> keys(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = OutboxMessages.class.getResourceAsStream(resource)) {
            texts.load(in);
        }
        return texts.keySet();
    }
}
