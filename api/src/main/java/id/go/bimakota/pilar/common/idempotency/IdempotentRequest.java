package id.go.bimakota.pilar.common.idempotency;

import id.go.bimakota.pilar.common.problem.ProblemException;
import java.util.List;

/**
 * One keyed request: whose key it is ({@code scope}), the key, and the fingerprint of what was asked,
 * which tells a retry of the same request from a reuse of the key for another one.
 */
record IdempotentRequest(String scope, String key, String fingerprint) {

    static final int MAX_KEY_LENGTH = 255;

    /**
     * The key of the {@code Idempotency-Key} header values, or null without the header.
     * A repeated header is rejected rather than guessing which one the client meant.
     */
    static String keyOf(List<String> headerValues) {
        if (headerValues.isEmpty()) {
            return null;
        }
        if (headerValues.size() > 1 || !isValidKey(headerValues.get(0))) {
            throw ProblemException.invalidField(Idempotent.KEY_HEADER, "idempotency.key.invalid", MAX_KEY_LENGTH);
        }
        return headerValues.get(0);
    }

    /** 1-255 printable ASCII characters (space to tilde), as API.md asks. */
    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
