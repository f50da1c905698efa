package id.go.bimakota.pilar.delivery.webhook;

import id.go.bimakota.pilar.common.storage.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An integrator's receiver of signed webhooks (V13__webhook_endpoints.sql). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    public String description;

    /** {@code whsec_} and the base64 of the key: shown once, kept to sign with. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_endpoint_event", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Column(name = "event_type", nullable = false)
    public Set<String> events = new TreeSet<>();
}
