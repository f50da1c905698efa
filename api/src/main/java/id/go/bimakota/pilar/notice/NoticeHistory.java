package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a notice's history. Append-only. */
@Entity
@Table(name = "notice_history")
public class NoticeHistory extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public Status toStatus;

    public String note;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_username")
    public String actorUsername;

    @Column(name = "actor_role")
    public String actorRole;
}
