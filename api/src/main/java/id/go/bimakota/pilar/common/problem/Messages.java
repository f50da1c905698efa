package id.go.bimakota.pilar.common.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves message keys in English or Bahasa Indonesia ({@code Accept-Language: id}). */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** One bundle per feature, so features add messages without touching each other's files. */
    private static final List<String> BUNDLES = List.of("i18n.messages", "i18n.pillar", "i18n.ppkscase",
            "i18n.notice", "i18n.backup", "i18n.delivery", "i18n.webhook");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
        Locale bundleLocale = INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ROOT;
        for (String name : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(name, bundleLocale, NO_FALLBACK).getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException notInThisBundle) {
                // try the next feature's bundle
            }
        }
        return key;
    }
}
