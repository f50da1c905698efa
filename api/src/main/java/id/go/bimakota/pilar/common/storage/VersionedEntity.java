package id.go.bimakota.pilar.common.storage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every record that people change has: when it was created and last changed, and the
 * version that optimistic locking and ETags name (a stale If-Match is a 412).
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;
}
