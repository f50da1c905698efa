package id.go.bimakota.pilar.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signature check alone would let a deactivated user, or one whose password was changed, keep
 * working until the token expires. This rejects such tokens at once.
 */
@ApplicationScoped
public class TokenValidityAugmentor implements SecurityIdentityAugmentor {

    private final UserAccessCache cache;

    public TokenValidityAugmentor(UserAccessCache cache) {
        this.cache = cache;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!stillValid(token)) {
                throw new AuthenticationFailedException("Token no longer valid for this user");
            }
            return identity;
        });
    }

    private boolean stillValid(JsonWebToken token) {
        try {
            Object version = token.getClaim(Tokens.CLAIM_AUTH_VERSION);
            int authVersion = version instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(version));
            return cache.allows(UUID.fromString(token.getSubject()), authVersion);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
