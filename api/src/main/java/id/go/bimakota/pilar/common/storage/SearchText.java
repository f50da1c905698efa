package id.go.bimakota.pilar.common.storage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for case- and accent-insensitive search: "Sítì  HAJAR" → "siti hajar". */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching names that contain {@code query}, with LIKE's wildcards escaped. */
    public static String containsPattern(String query) {
        return "%" + fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
