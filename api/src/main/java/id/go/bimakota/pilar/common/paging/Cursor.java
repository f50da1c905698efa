package id.go.bimakota.pilar.common.paging;

import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.web.StrictJson;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque keyset cursors: the sort key of the last item seen, base64url-encoded. */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_LENGTH = 512;

    private Cursor() {
    }

    public static String encode(String... key) {
        byte[] raw = String.join(SEPARATOR, key).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static String[] decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] key = raw.split(SEPARATOR, -1);
            for (String part : key) {
                if (StrictJson.hasControlCharacter(part)) { // forged: PostgreSQL cannot even compare NUL
                    throw invalid();
                }
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The cursor's key must have the shape the list expects; anything else was not made by us. */
    public static String[] decode(String cursor, int parts) {
        String[] key = decode(cursor);
        if (key.length != parts) {
            throw invalid();
        }
        return key;
    }

    /** An instant part of a cursor key. */
    public static Instant instant(String part) {
        try {
            return Instant.parse(part);
        } catch (DateTimeException e) {
            throw invalid();
        }
    }

    /** A UUID part of a cursor key. */
    public static UUID uuid(String part) {
        try {
            return UUID.fromString(part);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "cursor.invalid");
    }
}
