package id.go.bimakota.pilar.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the access token says: user id, username, role and the pillar or kelurahan
 * the user is linked to. Services use it to enforce data scope in their queries.
 */
@RequestScoped
public class CurrentUser {

    public static final String CLAIM_PILLAR = "pillarId";
    public static final String CLAIM_KELURAHAN = "kelurahanCode";

    private final SecurityIdentity identity;
    private final AccessCheck access;

    public CurrentUser(SecurityIdentity identity, AccessCheck access) {
        this.identity = identity;
        this.access = access;
    }

    /**
     * Asks, each time it is called, whether the caller's token may still be used (for work that
     * outlives the request, like a live feed). Blocking: may read the database.
     */
    public BooleanSupplier stillValid() {
        JsonWebToken token = token();
        return () -> access.stillValid(token);
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public UUID id() {
        return UUID.fromString(token().getSubject());
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public Role role() {
        for (Role role : Role.values()) {
            if (identity.hasRole(role.name())) {
                return role;
            }
        }
        throw new IllegalStateException("Token without a role");
    }

    public boolean is(Role role) {
        return identity.hasRole(role.name());
    }

    /** The pillar a PILLAR user is linked to. */
    public Optional<UUID> pillarId() {
        return claim(CLAIM_PILLAR).map(UUID::fromString);
    }

    /** The kelurahan a KELURAHAN user is linked to. */
    public Optional<String> kelurahanCode() {
        return claim(CLAIM_KELURAHAN);
    }

    private Optional<String> claim(String name) {
        Object value = token().getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    private JsonWebToken token() {
        return (JsonWebToken) identity.getPrincipal();
    }
}
