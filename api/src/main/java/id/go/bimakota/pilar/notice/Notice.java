package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.common.storage.VersionedEntity;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/** A coordination notice: a field visit announced to the kelurahan, answered, and reported. */
@Entity
@Table(name = "notice")
// An update writes only the columns it changed: the overlap flag is set by bulk updates of other
// filings, which an update of a stale copy must not write back.
@DynamicUpdate
public class Notice extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "kelurahan_code", nullable = false)
    public String kelurahanCode;

    @Column(name = "kecamatan_code", nullable = false)
    public String kecamatanCode;

    public Short rw;

    public Short rt;

    public String location;

    @Column(name = "planned_start", nullable = false)
    public Instant plannedStart;

    @Column(name = "planned_end", nullable = false)
    public Instant plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    public String description;

    @Column(name = "requests_to_kelurahan")
    public String requestsToKelurahan;

    @Column(name = "lead_pillar_id", nullable = false)
    public UUID leadPillarId;

    @ElementCollection
    @CollectionTable(name = "notice_team", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "pillar_id")
    public Set<UUID> teamPillarIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "notice_case", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "case_id")
    public Set<UUID> caseIds = new LinkedHashSet<>();

    @Column(name = "other_participants")
    public String otherParticipants;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "inbox_rank", nullable = false)
    public short inboxRank;

    @Column(name = "short_notice", nullable = false)
    public boolean shortNotice;

    @Column(name = "completed_without_ack", nullable = false)
    public boolean completedWithoutAcknowledgement;

    @Column(name = "has_overlap", nullable = false)
    public boolean hasOverlap;

    @Column(name = "join_count", nullable = false)
    public int joinCount;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledgement_note")
    public String acknowledgementNote;

    @Column(name = "proposed_start")
    public Instant proposedStart;

    @Column(name = "proposed_end")
    public Instant proposedEnd;

    @Column(name = "reschedule_reason")
    public String rescheduleReason;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "visit_outcome")
    public String visitOutcome;

    @Column(name = "households_visited")
    public Integer householdsVisited;

    @Column(name = "follow_up_needed")
    public Boolean followUpNeeded;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    /**
     * The notice without anything about a person: ids, codes, status, purpose and times. The live feed
     * and the integrators' webhooks carry this, so that neither can leak more than the other.
     */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", id);
        summary.put("number", number);
        summary.put("kelurahanCode", kelurahanCode);
        summary.put("kecamatanCode", kecamatanCode);
        summary.put("status", status);
        summary.put("purpose", purpose);
        summary.put("plannedStart", plannedStart);
        summary.put("plannedEnd", plannedEnd);
        return summary;
    }

    // ---- The workflow: each step checks the state, changes the notice as of {@code at}, and names the
    // ---- fields it changed (for the audit row) and the note of its history entry.

    /** What a step changed: the fields, as the API names them, and the note for the history. */
    public record Change(List<String> fields, String note) {
    }

    /** SUBMITTED -> ACKNOWLEDGED: the kelurahan has been told and agrees. */
    Change acknowledge(Instant at, String by, String note) {
        require(NoticeAction.ACKNOWLEDGE, at);
        acknowledgedBy = by;
        acknowledgementNote = note;
        acknowledgedAt = at;
        moveTo(Status.ACKNOWLEDGED);
        return change(note, "status", "acknowledgedBy", "acknowledgedAt", note == null ? null : "acknowledgementNote");
    }

    /** SUBMITTED -> RESCHEDULE_REQUESTED: the kelurahan proposes another window (checked by the rules). */
    Change requestReschedule(Instant at, Instant start, Instant end, String reason, NoticeRules rules) {
        require(NoticeAction.REQUEST_RESCHEDULE, at);
        rules.requireWindow("proposedStart", start, "proposedEnd", end, at);
        proposedStart = start;
        proposedEnd = end;
        rescheduleReason = reason;
        moveTo(Status.RESCHEDULE_REQUESTED);
        return change(reason, "status", "proposedStart", "proposedEnd", "rescheduleReason");
    }

    /** RESCHEDULE_REQUESTED -> SUBMITTED with new times: the kelurahan is asked again. */
    Change reschedule(Instant at, Instant start, Instant end, String note, NoticeRules rules) {
        require(NoticeAction.RESCHEDULE, at);
        rules.requireWindow("plannedStart", start, "plannedEnd", end, at);
        boolean wasShort = shortNotice;
        plannedStart = start;
        plannedEnd = end;
        shortNotice = rules.isShortNotice(start, purpose, at);
        moveTo(Status.SUBMITTED);
        return change(note, "status", "plannedStart", "plannedEnd", wasShort == shortNotice ? null : "shortNotice");
    }

    /** Any open state -> CANCELLED, with the reason. */
    Change cancel(Instant at, String reason) {
        require(NoticeAction.CANCEL, at);
        cancelReason = reason;
        moveTo(Status.CANCELLED);
        return change(reason, "status", "cancelReason");
    }

    /** SUBMITTED or ACKNOWLEDGED -> COMPLETED, once the visit has started, with its report. */
    Change complete(Instant at, String outcome, int households, boolean followUp, Set<UUID> concernedCases) {
        require(NoticeAction.COMPLETE, at);
        boolean newCases = !caseIds.containsAll(concernedCases);
        caseIds.addAll(concernedCases);
        completedWithoutAcknowledgement = status == Status.SUBMITTED;
        visitOutcome = outcome;
        householdsVisited = households;
        followUpNeeded = followUp;
        completedAt = at;
        moveTo(Status.COMPLETED);
        return change(outcome, "status", "visitOutcome", "householdsVisited", "followUpNeeded", "completedAt",
                newCases ? "caseIds" : null, completedWithoutAcknowledgement ? "completedWithoutAcknowledgement" : null);
    }

    /** Another pillar joins the team instead of filing a second visit; the status stays. */
    Change join(Instant at, UUID pillarId) {
        require(NoticeAction.JOIN, at);
        teamPillarIds.add(pillarId);
        joinCount++;
        return change(null, "teamPillarIds", "joinCount");
    }

    /**
     * Whether the workflow lets {@code action} happen at {@code at} (who may take it aside): the one
     * answer behind both the step itself and the {@code allowedActions} a reader is shown.
     */
    boolean allows(NoticeAction action, Instant at) {
        return refusal(action, at) == null;
    }

    private Message refusal(NoticeAction action, Instant at) {
        if (!action.allowedFrom(status)) {
            return Message.of("notice.invalidState", action.path(), status);
        }
        if (action == NoticeAction.COMPLETE && at.isBefore(plannedStart)) {
            return Message.of("notice.notStarted");
        }
        return null;
    }

    private void require(NoticeAction action, Instant at) {
        Message refused = refusal(action, at);
        if (refused != null) {
            throw new NoticeStateException(refused);
        }
    }

    private static Change change(String note, String... fields) {
        List<String> changed = new ArrayList<>();
        for (String field : fields) {
            if (field != null) {
                changed.add(field);
            }
        }
        return new Change(List.copyOf(changed), note);
    }

    /** Status changes go through here so the inbox order follows. */
    void moveTo(Status next) {
        status = next;
        inboxRank = (short) (next == Status.SUBMITTED ? 0 : 1);
    }

    boolean involves(UUID pillarId) {
        return pillarId != null && (pillarId.equals(leadPillarId) || teamPillarIds.contains(pillarId));
    }
}
