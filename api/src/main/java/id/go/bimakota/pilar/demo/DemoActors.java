package id.go.bimakota.pilar.demo;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.time.ServiceClock;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets the demo loader call the real services as somebody. The services read the caller from the
 * request-scoped {@link CurrentUser}, which at startup has no token; this runs a piece of work in a
 * request context of its own whose identity carries the same claims an access token would (subject,
 * username, role, linked pillar or kelurahan). Nothing here is reachable over HTTP.
 */
@ApplicationScoped
class DemoActors {

    /** Who a step of the demo data is done by. */
    record Actor(UUID userId, String username, Role role, UUID pillarId, String kelurahanCode) {
    }

    /**
     * The loader itself, with the Dinas's rights (ADMIN acts "on behalf of" pillars and kelurahan that
     * have no demo login). It is not an account: nobody can log in as it, and audit rows, histories
     * and timelines name it {@code demo-data}, so demo rows stay recognisable.
     */
    static final Actor SYSTEM = new Actor(UUID.nameUUIDFromBytes("pilar-bima:demo-data".getBytes(StandardCharsets.UTF_8)),
            "demo-data", Role.ADMIN, null, null);

    private final CurrentIdentityAssociation identities;

    private final ServiceClock clock;

    DemoActors(CurrentIdentityAssociation identities, ServiceClock clock) {
        this.identities = identities;
        this.clock = clock;
    }

    /** Runs {@code work} as {@code actor}, in a fresh request context (in the caller's transaction, if any). */
    <T> T call(Actor actor, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState outer = requests.getStateIfActive();
        requests.activate();
        try {
            identities.setIdentity(identityOf(actor));
            return work.get();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }

    /** Runs {@code work} as {@code actor} with the service clock at {@code at} (on this thread only). */
    <T> T call(Actor actor, Instant at, Supplier<T> work) {
        return clock.at(at, () -> call(actor, work));
    }

    void run(Actor actor, Runnable work) {
        call(actor, () -> {
            work.run();
            return null;
        });
    }

    private static SecurityIdentity identityOf(Actor actor) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Claims.sub.name(), actor.userId().toString());
        claims.put(Claims.upn.name(), actor.username());
        claims.put(Claims.groups.name(), Set.of(actor.role().name()));
        if (actor.pillarId() != null) {
            claims.put(CurrentUser.CLAIM_PILLAR, actor.pillarId().toString());
        }
        if (actor.kelurahanCode() != null) {
            claims.put(CurrentUser.CLAIM_KELURAHAN, actor.kelurahanCode());
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new LocalToken(claims)).addRole(actor.role().name())
                .build();
    }

    /** The claims of an access token, without a signed token: it never leaves this process. */
    private static final class LocalToken implements JsonWebToken {

        private final Map<String, Object> claims;

        LocalToken(Map<String, Object> claims) {
            this.claims = Map.copyOf(claims);
        }

        @Override
        public String getName() {
            return (String) claims.get(Claims.upn.name());
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
