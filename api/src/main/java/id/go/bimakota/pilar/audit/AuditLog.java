package id.go.bimakota.pilar.audit;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.common.web.ClientAddresses;
import id.go.bimakota.pilar.common.web.RequestIds;
import id.go.bimakota.pilar.common.storage.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes audit rows in the transaction of the change they describe (MANDATORY): a change and its
 * audit row are committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    /** A read of a full NIK: every answer that carries one, replays included. */
    public static final String NIK_READ = "NIK_READ";

    /** Who did it, when the caller is not (yet) the authenticated user, e.g. at login. */
    public record Actor(UUID id, String username, String role) {
    }

    private final CurrentUser currentUser;
    private final ClientAddresses addresses;
    private final EntityManager em;
    /** Lazily: the reads collector records through this log when a replay is audited. */
    private final Instance<AuditedReads> reads;

    private final Clock clock;

    public AuditLog(CurrentUser currentUser, ClientAddresses addresses, EntityManager em, Instance<AuditedReads> reads,
            Clock clock) {
        this.reads = reads;
        this.clock = clock;
        this.currentUser = currentUser;
        this.addresses = addresses;
        this.em = em;
    }

    /** A change by the authenticated caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Collection<String> changedFields) {
        Actor actor = currentUser.isAuthenticated()
                ? new Actor(currentUser.id(), currentUser.username(), currentUser.role().name())
                : null;
        record(actor, action, entityType, entityId, changedFields);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String entityType, Object entityId,
            Collection<String> changedFields) {
        AuditEvent event = new AuditEvent();
        event.id = TimeOrderedIds.next();
        event.at = clock.instant();
        if (actor != null) {
            event.actorId = actor.id();
            event.actorUsername = actor.username() == null ? null : actor.username().toLowerCase(Locale.ROOT);
            event.actorRole = actor.role();
        }
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId == null ? null : entityId.toString();
        event.changedFields = changedFields == null || changedFields.isEmpty() ? null
                : String.join(",", changedFields.stream().sorted().toList());
        event.requestId = RequestIds.current();
        event.clientRequestId = RequestIds.currentClient();
        event.clientAddress = addresses.current();
        em.persist(event);
        if (NIK_READ.equals(action)) {
            reads.get().add(entityType, event.entityId, event.changedFields);
        }
    }

}
