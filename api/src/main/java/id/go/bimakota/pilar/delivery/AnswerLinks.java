package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.common.config.PilarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues personal answer links and finds the link of a token (the answer page of issue 21). A token
 * is 256 random bits; the database keeps its SHA-256 only.
 */
@ApplicationScoped
public class AnswerLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PilarConfig config;

    AnswerLinks(PilarConfig config) {
        this.config = config;
    }

    /** A new link for a delivery's recipient; returns the URL that goes into the message. */
    String issue(Delivery delivery, Instant at) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        AnswerLink link = new AnswerLink();
        link.tokenHash = hash(token);
        link.deliveryId = delivery.id;
        link.noticeId = delivery.noticeId;
        link.recipientKind = delivery.recipientKind;
        link.recipientId = delivery.recipientId;
        link.recipientName = delivery.recipientName;
        link.recipientPosition = delivery.recipientPosition;
        link.createdAt = at;
        link.persist();
        return base() + "/j/" + token;
    }

    /** The link a token belongs to; empty for an unknown token. */
    public Optional<AnswerLink> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return AnswerLink.<AnswerLink>findByIdOptional(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        String url = config.letter().publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
