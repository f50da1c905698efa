package id.go.bimakota.pilar.account;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The parser the service authenticates with checks a signature once per token, and never past expiry. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Inject
    JwtKeys keys;

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() throws Exception {
        String token = token(Instant.now().plusSeconds(600));
        assertSame(parser.parse(token), parser.parse(token));
    }

    @Test
    void atItsExpiryTheVerifierDecidesAgain() throws Exception {
        Instant expiry = Instant.now().plusSeconds(2);
        String token = token(expiry);
        var first = parser.parse(token);
        Thread.sleep(expiry.toEpochMilli() - System.currentTimeMillis() + 100);
        // Within the verifier's clock-skew allowance it is accepted again, but checked anew.
        assertNotSame(first, parser.parse(token));
    }

    @Test
    void aForgedTokenIsRefusedEvenAfterTheRealOneWasAccepted() throws Exception {
        String token = token(Instant.now().plusSeconds(600));
        parser.parse(token);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThrows(ParseException.class, () -> parser.parse(forged));
    }

    private String token(Instant expiresAt) {
        return Jwt.issuer("https://pilar.bimakota.go.id").subject(UUID.randomUUID().toString()).upn("cache.test")
                .groups(Set.of("PILLAR")).claim(Tokens.CLAIM_AUTH_VERSION, 0)
                .issuedAt(Instant.now()).expiresAt(expiresAt).sign(keys.privateKey());
    }
}
