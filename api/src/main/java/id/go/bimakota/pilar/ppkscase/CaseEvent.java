package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.common.storage.ActedEntity;
import id.go.bimakota.pilar.ppkscase.CaseEnums.EventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One entry of a case's timeline. Append-only. */
@Entity
@Table(name = "ppks_case_event")
public class CaseEvent extends ActedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventType type;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CaseStatus toStatus;

    public String note;

    @Column(name = "referred_to")
    public String referredTo;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "notice_number")
    public String noticeNumber;

}
