package id.go.bimakota.pilar.audit;

import id.go.bimakota.pilar.common.storage.ActedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One row of the append-only audit log. Nothing in the service updates or deletes these. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends ActedEntity {

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "changed_fields")
    public String changedFields;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "client_request_id")
    public String clientRequestId;

    @Column(name = "client_address")
    public String clientAddress;
}
