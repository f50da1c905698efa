package id.go.bimakota.pilar.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves message keys in English or Bahasa Indonesia ({@code Accept-Language: id}). */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Messages() {
    }

    /** Indonesian when the caller prefers it, English otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("id".equals(language) || "in".equals(language)) {
                return INDONESIAN;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    public static String get(Locale locale, Message message) {
        return get(locale, message.key(), message.args().toArray());
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages",
                INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
