package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.account.AccountDtos.TokenResponse;
import id.go.bimakota.pilar.account.AccountDtos.UserSummary;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues access tokens (signed JWT) and opaque refresh tokens for a user. */
@ApplicationScoped
public class Tokens {

    /** Claim that carries the user's auth version: a bumped version ends old tokens at once. */
    public static final String CLAIM_AUTH_VERSION = "authVersion";
    /** Claim that names the session (the refresh-token family): ending the session ends its access tokens. */
    public static final String CLAIM_SESSION = "sid";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JwtKeys keys;
    private final String issuer;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final Clock clock;

    public Tokens(JwtKeys keys, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer, PilarConfig config,
            Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
        this.accessLifetime = config.jwt().accessTokenLifetime();
        this.refreshLifetime = config.jwt().refreshTokenLifetime();
    }

    /** A fresh access token and a refresh token of the given family (a new family for a new login). */
    public TokenResponse issue(User user, UUID familyId) {
        Instant now = clock.instant();
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(user.id.toString()).upn(user.username)
                .groups(Set.of(user.role.name())).issuedAt(now).expiresAt(now.plus(accessLifetime))
                .claim(CLAIM_AUTH_VERSION, user.authVersion)
                .claim(CLAIM_SESSION, familyId.toString());
        if (user.pillarId != null) {
            claims.claim(CurrentUser.CLAIM_PILLAR, user.pillarId.toString());
        }
        if (user.kelurahanCode != null) {
            claims.claim(CurrentUser.CLAIM_KELURAHAN, user.kelurahanCode);
        }
        String accessToken = claims.jws().keyId("pilar-bima").sign(keys.privateKey());
        return new TokenResponse(accessToken, "Bearer", accessLifetime.toSeconds(),
                newRefreshToken(user.id, familyId, now), UserSummary.of(user));
    }

    private String newRefreshToken(UUID userId, UUID familyId, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.tokenHash = hash(token);
        stored.familyId = familyId;
        stored.userId = userId;
        stored.issuedAt = now;
        stored.expiresAt = now.plus(refreshLifetime);
        stored.persist();
        return token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
