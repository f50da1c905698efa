package id.go.bimakota.pilar.common.web;

/**
 * Characters that change how text looks without being seen: bidirectional controls (which can make
 * "Siti" display as a different name, or a case note read backwards) and zero-width characters (which
 * make two equal-looking names differ). Refused in every text field of every request body
 * ({@link StrictJson}), so names and free text are what they look like.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    public static boolean contains(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisible(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isInvisible(char c) {
        return c == '\u061C' // Arabic letter mark
                || c == '\u200B' || c == '\u200C' || c == '\u200D' // zero-width space, non-joiner, joiner
                || c == '\u200E' || c == '\u200F' // left-to-right and right-to-left marks
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2060' && c <= '\u2064') // word joiner and invisible operators
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\uFEFF'; // zero-width no-break space (BOM)
    }
}
