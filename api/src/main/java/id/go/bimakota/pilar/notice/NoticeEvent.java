package id.go.bimakota.pilar.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stored live-feed event; {@code seq} follows commit order without gaps. */
@Entity
@Table(name = "notice_event")
public class NoticeEvent extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String type;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "kelurahan_code", nullable = false)
    public String kelurahanCode;

    @Column(nullable = false)
    public String payload;
}
