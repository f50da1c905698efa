package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.common.storage.ActedEntity;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One step in a notice's history. Append-only. */
@Entity
@Table(name = "notice_history")
public class NoticeHistory extends ActedEntity {

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public Status toStatus;

    public String note;

}
