package id.go.bimakota.pilar.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient on one channel about one event, with everything needed to send it
 * again after a crash: the rendered message is stored as of the change that caused it.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "kelurahan_code", nullable = false)
    public String kelurahanCode;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelKind channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "recipient_position")
    public String recipientPosition;

    @Column(nullable = false)
    public String address;

    public String template;

    /** The template's parameters as a JSON array. */
    public String parameters;

    public String subject;

    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "body_json")
    public String bodyJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryState state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Ends the delivery in a final state. */
    void finish(DeliveryState finalState, String error, Instant at) {
        state = finalState;
        lastError = error == null ? lastError : clip(error);
        dueAt = null;
        updatedAt = at;
    }

    static String clip(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
