package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.common.storage.VersionedEntity;
import id.go.bimakota.pilar.person.Gender;
import id.go.bimakota.pilar.ppkscase.CaseEnums.DuplicateReview;
import id.go.bimakota.pilar.ppkscase.CaseEnums.SourceKind;
import id.go.bimakota.pilar.ppkscase.CaseEnums.Urgency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A PPKS case: one person in need, from report to closure. */
@Entity
@Table(name = "ppks_case")
public class PpksCase extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String category;

    @Column(name = "subject_full_name", nullable = false)
    public String subjectFullName;

    @Column(name = "subject_name_search", nullable = false)
    public String subjectNameSearch;

    @Column(name = "subject_nik")
    public String subjectNik;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_gender")
    public Gender subjectGender;

    @Column(name = "subject_birth_date")
    public LocalDate subjectBirthDate;

    @Column(name = "subject_estimated_age")
    public Integer subjectEstimatedAge;

    @Column(name = "kelurahan_code", nullable = false)
    public String kelurahanCode;

    @Column(name = "kecamatan_code", nullable = false)
    public String kecamatanCode;

    public Short rw;

    public Short rt;

    public String street;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    public SourceKind sourceKind;

    @Column(name = "source_name")
    public String sourceName;

    @Column(name = "source_phone")
    public String sourcePhone;

    @Column(name = "consent_recorded", nullable = false)
    public boolean consentRecorded;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "referred_to")
    public String referredTo;

    @Column(name = "lead_pillar_id")
    public UUID leadPillarId;

    /** Loaded in batches for a page of cases (quarkus.hibernate-orm.fetch.batch-size), not one query per case. */
    @ElementCollection
    @CollectionTable(name = "ppks_case_support", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "pillar_id")
    public Set<UUID> supportPillarIds = new LinkedHashSet<>();

    /**
     * Set on creation when the report may duplicate a case its reporter cannot read; ADMIN only.
     * Outside the version: deciding it must not show the case's handlers that anything changed.
     */
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_review")
    public DuplicateReview duplicateReview;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    /**
     * A step of the case workflow as of {@code at}: the state must allow it (the caller has checked it
     * against the allowed actions, which depend on who asks); answers the fields it changed.
     */
    List<String> transition(CaseAction action, String referral, Instant at) {
        if (!action.allowedFrom(status)) {
            throw new IllegalStateException(action + " is not allowed from " + status);
        }
        status = action.target();
        updatedAt = at;
        if (action == CaseAction.REFER) {
            referredTo = referral;
            return List.of("status", "referredTo");
        }
        return List.of("status");
    }

    public boolean isReportedBy(UUID userId) {
        return userId != null && userId.equals(createdBy);
    }

    public boolean isHandledBy(UUID pillarId) {
        return pillarId != null && (pillarId.equals(leadPillarId) || supportPillarIds.contains(pillarId));
    }
}
