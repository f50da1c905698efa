package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.area.RtRw;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.storage.HumanNumbers;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.storage.TimeOrderedIds;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Assignment;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.ppkscase.CaseDtos.DuplicateDecision;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CaseView;
import id.go.bimakota.pilar.ppkscase.CaseDtos.NewCase;
import id.go.bimakota.pilar.ppkscase.CaseDtos.TimelineEntry;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Transition;
import id.go.bimakota.pilar.ppkscase.CaseEnums.DuplicateReview;
import id.go.bimakota.pilar.ppkscase.CaseEnums.EventType;
import id.go.bimakota.pilar.ppkscase.CaseEnums.SourceKind;
import id.go.bimakota.pilar.ppkscase.CaseEnums.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creating cases and moving them through the workflow. Every write is audited with it. */
@ApplicationScoped
public class CaseService {

    private final AreaDirectory areas;
    private final PpksCategories categories;
    private final PillarDirectory pillars;
    private final HumanNumbers numbers;
    private final CaseAccess access;
    private final CaseDuplicates duplicates;
    private final CaseViews views;
    private final CaseTimeline timeline;
    private final CasePatcher patcher;
    private final AuditLog audit;

    private final Clock clock;

    public CaseService(AreaDirectory areas, PpksCategories categories, PillarDirectory pillars, HumanNumbers numbers,
            CaseAccess access, CaseDuplicates duplicates, CaseViews views, CaseTimeline timeline, CasePatcher patcher, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.areas = areas;
        this.categories = categories;
        this.pillars = pillars;
        this.numbers = numbers;
        this.access = access;
        this.duplicates = duplicates;
        this.views = views;
        this.timeline = timeline;
        this.patcher = patcher;
        this.audit = audit;
    }

    @Transactional
    public CaseView create(NewCase request) {
        KelurahanItem kelurahan = areas.requireKelurahan("address.kelurahanCode", request.address().kelurahanCode());
        SourceKind source = checkReporter(request, kelurahan);
        PpksCase c = new PpksCase();
        c.id = TimeOrderedIds.next();
        c.category = categories.require("category", request.category());
        patcher.setSubject(c, request.subject());
        c.kelurahanCode = kelurahan.code();
        c.kecamatanCode = kelurahan.kecamatanCode();
        c.rw = RtRw.stored(request.address().rw());
        c.rt = RtRw.stored(request.address().rt());
        c.street = request.address().street();
        c.description = request.description();
        c.urgency = request.urgency() == null ? Urgency.NORMAL : request.urgency();
        c.sourceKind = source;
        c.sourceName = request.source().name();
        c.sourcePhone = request.source().phone() == null ? null : Phones.normalize("source.phone", request.source().phone());
        c.consentRecorded = request.consentRecorded();
        c.consentDate = request.consentDate();
        assign(c, request.leadPillarId() != null ? request.leadPillarId() : access.pillarId(), request.supportPillarIds());
        CaseDuplicates.Found duplicates = this.duplicates.check(c);
        c.duplicateReview = duplicates.needsReview() ? DuplicateReview.PENDING : null;
        c.status = CaseStatus.REPORTED;
        c.createdBy = access.userId();
        c.createdAt = clock.instant();
        c.updatedAt = c.createdAt;
        c.number = numbers.next("PPKS", c.createdAt);
        c.persist();
        CaseEvent created = timeline.event(c, EventType.CREATED, null);
        created.toStatus = CaseStatus.REPORTED;
        created.persist();
        audit.record("CASE_CREATED", "Case", c.id, List.of("category", "subject", "address", "status"));
        return views.detail(c, duplicates.readable());
    }

    @Transactional
    public CaseView get(UUID id) {
        PpksCase c = access.requireReadable(PpksCase.findById(id), id);
        return views.detail(c, List.of());
    }

    @Transactional
    public CaseView update(UUID id, String ifMatch, CaseDtos.CasePatch patch) {
        PpksCase c = access.requireReadable(PpksCase.findById(id), id);
        access.requireManage(c);
        List<String> changed = patcher.apply(c, ifMatch, patch);
        if (!changed.isEmpty()) {
            c.updatedAt = clock.instant();
            audit.record("CASE_UPDATED", "Case", c.id, changed);
            PpksCase.getEntityManager().flush();
        }
        return views.detail(c, List.of());
    }

    @Transactional
    public CaseView transition(UUID id, Transition request) {
        PpksCase c = lockReadable(id);
        CaseAction action = CaseAction.parse("action", request.action());
        access.requireMayTake(action, c);
        if (!action.allowedFrom(c.status)) {
            throw new ProblemException(ProblemType.INVALID_STATE, Message.of("case.invalidState", action.code(), c.status))
                    .with("currentState", c.status).with("allowedActions", views.allowedActions(c));
        }
        requireText(action.needsNote(), "note", request.note());
        requireText(action == CaseAction.REFER, "referredTo", request.referredTo());
        step(c, action, request.note(), request.referredTo());
        PpksCase.getEntityManager().flush();
        return views.detail(c, List.of());
    }

    /**
     * The Dinas decides on a report waiting for duplicate review (ADMIN only, with If-Match). The
     * decision changes neither the case's version nor its timeline, so its handlers cannot tell that
     * there was anything to review; DUPLICATE rejects a report nobody has verified yet, with the note.
     */
    @Transactional
    public CaseView reviewDuplicate(UUID id, String ifMatch, DuplicateDecision request) {
        PpksCase c = lockReadable(id);
        Versions.requireMatch(ifMatch, c.version, () -> views.summary(c));
        if (c.duplicateReview != DuplicateReview.PENDING) {
            throw new ProblemException(ProblemType.INVALID_STATE, Message.of("case.duplicateReview.none"))
                    .with("duplicateReview", c.duplicateReview);
        }
        if (request.decision() == DuplicateReview.PENDING) {
            throw ProblemException.invalidField("decision", "value.oneOf", "NOT_DUPLICATE, DUPLICATE");
        }
        boolean rejects = request.decision() == DuplicateReview.DUPLICATE;
        requireText(rejects, "note", request.note());
        c.duplicateReview = request.decision();
        audit.record("CASE_DUPLICATE_REVIEWED", "Case", c.id, List.of("duplicateReview"));
        if (rejects && CaseAction.REJECT.allowedFrom(c.status)) {
            step(c, CaseAction.REJECT, request.note(), null);
        }
        PpksCase.getEntityManager().flush();
        return views.detail(c, List.of());
    }

    /** One workflow step, on the timeline and in the audit. */
    private void step(PpksCase c, CaseAction action, String note, String referredTo) {
        CaseEvent event = timeline.event(c, EventType.TRANSITION, action.code());
        event.fromStatus = c.status;
        event.toStatus = action.target();
        event.note = note;
        event.referredTo = action == CaseAction.REFER ? referredTo : null;
        event.persist();
        List<String> changed = c.transition(action, referredTo, event.at);
        audit.record("CASE_" + action.name(), "Case", c.id, changed);
    }

    @Transactional
    public CaseView assign(UUID id, Assignment request) {
        PpksCase c = lockReadable(id);
        access.requireManage(c);
        assign(c, request.leadPillarId(), request.supportPillarIds());
        CaseEvent event = timeline.event(c, EventType.ASSIGNMENT, "assign");
        event.note = "lead " + c.leadPillarId + (c.supportPillarIds.isEmpty() ? "" : ", support " + c.supportPillarIds);
        event.persist();
        c.updatedAt = event.at;
        audit.record("CASE_ASSIGNED", "Case", c.id, List.of("leadPillarId", "supportPillarIds"));
        PpksCase.getEntityManager().flush();
        return views.detail(c, List.of());
    }

    @Transactional
    public TimelineEntry addNote(UUID id, String text) {
        PpksCase c = access.requireReadable(PpksCase.findById(id), id);
        access.requireDetails(c);
        CaseEvent event = timeline.event(c, EventType.NOTE, null);
        event.note = text;
        event.persist();
        audit.record("CASE_NOTE_ADDED", "Case", c.id, List.of("note"));
        return CaseViews.entry(event);
    }

    public Page<TimelineEntry> timeline(UUID id, PageRequest page) {
        PpksCase c = access.requireReadable(PpksCase.findById(id), id);
        access.requireDetails(c);
        return timeline.read(c.id, page);
    }

    /** Kelurahan officers report only for their own kelurahan, as the kelurahan. */
    private SourceKind checkReporter(NewCase request, KelurahanItem kelurahan) {
        if (!access.isKelurahan()) {
            return request.source().kind();
        }
        if (!kelurahan.code().equals(access.kelurahanCode())) {
            throw CaseAccess.forbidden("case.ownKelurahanOnly");
        }
        if (request.source().kind() != SourceKind.KELURAHAN) {
            throw ProblemException.invalidField("source.kind", "case.source.kelurahan");
        }
        return SourceKind.KELURAHAN;
    }

    private void assign(PpksCase c, UUID leadPillarId, Set<UUID> supportPillarIds) {
        if (leadPillarId != null) {
            pillars.requireActive("leadPillarId", leadPillarId);
        }
        Set<UUID> support = new LinkedHashSet<>(supportPillarIds == null ? Set.of() : supportPillarIds);
        support.remove(leadPillarId);
        for (UUID pillarId : support) {
            pillars.requireActive("supportPillarIds", pillarId);
        }
        c.leadPillarId = leadPillarId;
        c.supportPillarIds.clear();
        c.supportPillarIds.addAll(support);
    }

    private PpksCase lockReadable(UUID id) {
        // Actions take the row lock first, so concurrent actions run one after the other and the
        // later ones see the new state (409) instead of failing on a version clash.
        return access.requireReadable(PpksCase.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private static void requireText(boolean required, String field, String value) {
        if (required && (value == null || value.isBlank())) {
            throw ProblemException.invalidField(field, "case.required");
        }
    }

}
