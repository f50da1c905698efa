package id.go.bimakota.pilar.delivery.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's signature of a webhook call: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw
 * body>}, keyed with the app secret. Compared in constant time, so the answer's timing tells an
 * attacker nothing about how much of a forged signature was right.
 */
final class MetaSignature {

    private static final String PREFIX = "sha256=";

    private MetaSignature() {
    }

    static boolean valid(Optional<String> appSecret, String header, byte[] body) {
        if (appSecret.isEmpty() || appSecret.get().isBlank() || header == null
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(sign(appSecret.get(), body), given);
    }

    static byte[] sign(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
