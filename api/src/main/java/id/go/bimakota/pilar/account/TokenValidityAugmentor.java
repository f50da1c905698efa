package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.security.AccessCheck;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signature check alone would let a deactivated or suspended user, one whose password or access
 * was changed, or a session that was logged out keep working until the token expires. This rejects
 * such tokens at once, and says why.
 */
@ApplicationScoped
public class TokenValidityAugmentor implements SecurityIdentityAugmentor, AccessCheck {

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
            Optional<String> refusal = refusal(token);
            if (refusal.isPresent()) {
                // the message is the key of the 401's detail (ProblemMappers)
                throw new AuthenticationFailedException(refusal.get().isEmpty() ? "Malformed token claims" : refusal.get());
            }
            return identity;
        });
    }

    @Override
    public boolean stillValid(JsonWebToken token) {
        return refusal(token).isEmpty();
    }

    /** Empty: valid; an empty key: malformed claims; otherwise the message key of why it ended. */
    private Optional<String> refusal(JsonWebToken token) {
        try {
            Object version = token.getClaim(Tokens.CLAIM_AUTH_VERSION);
            int authVersion = version instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(version));
            Object session = token.getClaim(Tokens.CLAIM_SESSION);
            UUID sessionId = session == null ? null : UUID.fromString(session.toString().replace("\"", ""));
            return cache.refusal(UUID.fromString(token.getSubject()), authVersion, sessionId);
        } catch (RuntimeException malformed) {
            return Optional.of("");
        }
    }
}
