package id.go.bimakota.pilar.common.storage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * An append-only record of something somebody did (a notice's history, a case's timeline, the audit
 * log): when, and who, as they were at that moment (a later rename or role change does not rewrite it).
 */
@MappedSuperclass
public abstract class ActedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_username")
    public String actorUsername;

    @Column(name = "actor_role")
    public String actorRole;
}
