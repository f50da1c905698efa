package id.go.bimakota.pilar.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts the outbox writes itself (problems of items it refuses before sending them), from the
 * bundle {@code OutboxMessages[_id].properties}: Bahasa Indonesia for a client language starting with
 * {@code id}, English otherwise, the way the service picks its language from Accept-Language.
 *
 * <p>Read here rather than through {@link java.util.ResourceBundle}: it picks the file by
 * {@link Locale}, and Android has long spelled Indonesian {@code in}, not {@code id}. The files are
 * read as UTF-8.
 */
final class OutboxMessages {

    private final Properties texts;

    private OutboxMessages(Properties texts) {
        this.texts = texts;
    }

    static OutboxMessages forLanguage(String language) {
        boolean indonesian = language.toLowerCase(Locale.ROOT).startsWith("id");
        return new OutboxMessages(load(indonesian ? "OutboxMessages_id.properties" : "OutboxMessages.properties"));
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}, … replaced by {@code arguments}. */
    String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No outbox message " + key);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    private static Properties load(String name) {
        Properties texts = new Properties();
        try (InputStream in = OutboxMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + OutboxMessages.class);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
