package id.go.bimakota.pilar.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A recipient's personal answer link {@code {PILAR_PUBLIC_URL}/j/{token}}, bound to one notice and
 * one recipient. Only the token's SHA-256 is stored: the token itself exists only in the message.
 */
@Entity
@Table(name = "answer_link")
public class AnswerLink extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "recipient_position")
    public String recipientPosition;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "opened_at")
    public Instant openedAt;
}
