package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.area.RtRw;
import static id.go.bimakota.pilar.common.storage.Changes.set;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.storage.HumanNumbers;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.storage.TimeOrderedIds;
import id.go.bimakota.pilar.notice.NoticeDtos.NewNotice;
import id.go.bimakota.pilar.notice.NoticeDtos.NoticeView;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import id.go.bimakota.pilar.ppkscase.CaseTimeline;
import id.go.bimakota.pilar.ppkscase.CaseAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import id.go.bimakota.pilar.common.web.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Filing notices and recording each step, with its history, case timelines, live feed and audit. */
@ApplicationScoped
public class NoticeService {

    private final AreaDirectory areas;
    private final PillarDirectory pillars;
    private final HumanNumbers numbers;
    private final NoticeRules rules;
    private final NoticeAccess access;
    private final NoticeViews views;
    private final NoticeEvents events;
    private final CaseTimeline caseTimeline;
    private final CaseAccess cases;
    private final AuditLog audit;
    private final Event<NoticeAnnouncement> announcements;

    private final Clock clock;

    public NoticeService(AreaDirectory areas, PillarDirectory pillars, HumanNumbers numbers, NoticeRules rules,
            NoticeAccess access, NoticeViews views, NoticeEvents events, CaseTimeline caseTimeline, CaseAccess cases,
            AuditLog audit, Event<NoticeAnnouncement> announcements, Clock clock) {
        this.clock = clock;
        this.announcements = announcements;
        this.areas = areas;
        this.pillars = pillars;
        this.numbers = numbers;
        this.rules = rules;
        this.access = access;
        this.views = views;
        this.events = events;
        this.caseTimeline = caseTimeline;
        this.cases = cases;
        this.audit = audit;
    }

    @Transactional
    public NoticeView create(NewNotice request) {
        KelurahanItem kelurahan = areas.requireKelurahan("kelurahanCode", request.kelurahanCode());
        PillarRef lead = pillars.requireActive("leadPillarId", leadOf(request));
        Instant now = clock.instant();
        rules.requireWindow("plannedStart", request.plannedStart(), "plannedEnd", request.plannedEnd(), now);
        Notice n = new Notice();
        n.id = TimeOrderedIds.next();
        n.kelurahanCode = kelurahan.code();
        n.kecamatanCode = kelurahan.kecamatanCode();
        n.rw = RtRw.stored(request.rw());
        n.rt = RtRw.stored(request.rt());
        n.location = request.location();
        n.plannedStart = request.plannedStart();
        n.plannedEnd = request.plannedEnd();
        n.purpose = request.purpose();
        n.description = request.description();
        n.requestsToKelurahan = request.requestsToKelurahan();
        n.leadPillarId = lead.id();
        n.teamPillarIds.addAll(team(request.teamPillarIds(), lead.id()));
        n.otherParticipants = request.otherParticipants();
        n.caseIds.addAll(cases.requireReadableIds("caseIds", request.caseIds()));
        n.contactPhone = request.contactPhone() == null ? lead.phone()
                : Phones.normalize("contactPhone", request.contactPhone());
        n.moveTo(Status.SUBMITTED);
        n.shortNotice = rules.isShortNotice(n.plannedStart, n.purpose, now);
        n.createdBy = access.userId();
        n.createdAt = now;
        n.updatedAt = n.createdAt;
        n.number = numbers.next("KL", n.createdAt);
        n.persist();
        markOverlaps(n);
        record(n, "submit", null, Status.SUBMITTED, null, n.createdAt);
        audit.record("NOTICE_CREATED", "Notice", n.id, List.of("kelurahanCode", "plannedStart", "plannedEnd", "purpose"));
        return viewAndAnnounce(n, "notice.created");
    }

    public NoticeView get(UUID id) {
        return views.detail(access.requireReadable(Notice.findById(id), id));
    }

    @Transactional
    public NoticeView update(UUID id, String ifMatch, NoticeDtos.NoticePatch patch) {
        Notice n = access.requireReadable(Notice.findById(id), id);
        access.requireMayTake(NoticeAction.CANCEL, n);
        Versions.requireMatch(ifMatch, n.version, () -> views.detail(n));
        if (n.status.isFinal()) {
            throw new ProblemException(ProblemType.INVALID_STATE, Message.of("notice.final", n.status))
                    .with("currentState", n.status).with("allowedActions", access.allowedActions(n));
        }
        List<String> changed = new ArrayList<>();
        set(changed, "description", n.description, patch.description(), v -> n.description = v);
        set(changed, "location", n.location, patch.location(), v -> n.location = v);
        set(changed, "otherParticipants", n.otherParticipants, patch.otherParticipants(), v -> n.otherParticipants = v);
        if (patch.contactPhone() != null) {
            String phone = Phones.normalize("contactPhone", patch.contactPhone());
            set(changed, "contactPhone", n.contactPhone, phone, v -> n.contactPhone = v);
        }
        if (patch.teamPillarIds() != null) {
            Set<UUID> team = team(patch.teamPillarIds(), n.leadPillarId);
            if (!team.equals(n.teamPillarIds)) {
                n.teamPillarIds.clear();
                n.teamPillarIds.addAll(team);
                changed.add("teamPillarIds");
            }
        }
        if (patch.caseIds() != null) {
            Set<UUID> links = patchedLinks(n, patch.caseIds());
            if (!links.equals(n.caseIds)) {
                List<UUID> added = links.stream().filter(caseId -> !n.caseIds.contains(caseId)).toList();
                n.caseIds.clear();
                n.caseIds.addAll(links);
                caseTimeline.recordFieldVisit(added, n.id, n.number, "notice-link", null);
                changed.add("caseIds");
            }
        }
        if (!changed.isEmpty()) {
            n.updatedAt = clock.instant();
            audit.record("NOTICE_UPDATED", "Notice", n.id, changed);
            Notice.getEntityManager().flush();
            if (changed.contains("location")) {
                announcements.fire(new NoticeAnnouncement(NoticeAnnouncement.PLACE_CHANGED, n));
            }
        }
        return views.detail(n);
    }


    /** SUBMITTED -> ACKNOWLEDGED, by the kelurahan (or ADMIN on its behalf). */
    @Transactional
    public NoticeView acknowledge(UUID id, NoticeDtos.Acknowledgement request) {
        return act(id, NoticeAction.ACKNOWLEDGE, (n, at) -> n.acknowledge(at, request.acknowledgedBy(), request.note()));
    }

    /** SUBMITTED -> RESCHEDULE_REQUESTED, by the kelurahan, with the window it proposes. */
    @Transactional
    public NoticeView requestReschedule(UUID id, NoticeDtos.RescheduleRequest request) {
        return act(id, NoticeAction.REQUEST_RESCHEDULE, (n, at) -> n.requestReschedule(at, request.proposedStart(),
                request.proposedEnd(), request.reason(), rules));
    }

    /** RESCHEDULE_REQUESTED -> SUBMITTED with new times, by the lead. */
    @Transactional
    public NoticeView reschedule(UUID id, NoticeDtos.Reschedule request) {
        return act(id, NoticeAction.RESCHEDULE, (n, at) -> {
            Notice.Change change = n.reschedule(at, request.plannedStart(), request.plannedEnd(), request.note(), rules);
            markOverlaps(n);
            return change;
        });
    }

    /** Any open state -> CANCELLED, by the lead. */
    @Transactional
    public NoticeView cancel(UUID id, NoticeDtos.Cancellation request) {
        return act(id, NoticeAction.CANCEL, (n, at) -> n.cancel(at, request.reason()));
    }

    /** SUBMITTED or ACKNOWLEDGED -> COMPLETED after the start, by the lead, with the visit report. */
    @Transactional
    public NoticeView complete(UUID id, NoticeDtos.VisitReport report) {
        return act(id, NoticeAction.COMPLETE, (n, at) -> n.complete(at, report.outcome(), report.householdsVisited(),
                report.followUpNeeded(), cases.requireReadableIds("caseIds", report.caseIds())));
    }

    /** Adds the calling pillar to the team; joining a visit one is part of changes nothing. */
    @Transactional
    public NoticeView join(UUID id) {
        if (access.pillarId() != null && !pillars.isActive(access.pillarId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("notice.join.pillarNotActive"));
        }
        return act(id, NoticeAction.JOIN, (n, at) -> n.join(at, access.pillarId()));
    }

    /** One step of the workflow, as of a moment: the domain changes the notice and says what changed. */
    private interface Step {
        Notice.Change apply(Notice notice, Instant at);
    }

    /**
     * Takes a workflow step: checks who may, lets the notice take it (409 with the allowed actions when
     * its state refuses), and records it everywhere it must appear: history, case timelines, audit (the
     * fields the step changed) and the live feed.
     */
    private NoticeView act(UUID id, NoticeAction action, Step step) {
        // The row lock makes concurrent actions on one notice take turns; the later ones see the
        // new state and get 409 instead of a lost update.
        Notice n = access.requireReadable(Notice.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Instant at = clock.instant();
        if (action == NoticeAction.JOIN && n.involves(access.pillarId()) && n.allows(action, at)) {
            return views.detail(n); // already in the team: joining again (a retry) changes nothing
        }
        access.requireMayTake(action, n);
        Status from = n.status;
        Notice.Change change;
        try {
            change = step.apply(n, at);
        } catch (NoticeStateException refused) {
            throw new ProblemException(ProblemType.INVALID_STATE, refused.reason())
                    .with("currentState", n.status).with("allowedActions", access.allowedActions(n));
        }
        n.updatedAt = at;
        record(n, action.path(), from, n.status, change.note(), at);
        audit.record("NOTICE_" + action.name(), "Notice", n.id, change.fields());
        return viewAndAnnounce(n, action.event());
    }

    /**
     * The answer first, the live-feed event last: numbering the event locks the feed's counter row
     * until commit, and every other notice write waits for that row, so only the commit (and, for a
     * keyed request, the record of its answer) may follow. The flush comes first, so that the answer
     * carries the version it commits. The announcement (whose observers write the delivery rows)
     * comes before the numbering for the same reason: it must not hold the counter row.
     */
    private NoticeView viewAndAnnounce(Notice n, String eventType) {
        Notice.getEntityManager().flush();
        NoticeView view = views.detail(n);
        announcements.fire(new NoticeAnnouncement(eventType, n));
        events.publish(eventType, n);
        return view;
    }

    private void record(Notice n, String action, Status from, Status to, String note, Instant at) {
        NoticeHistory entry = new NoticeHistory();
        entry.id = TimeOrderedIds.next();
        entry.noticeId = n.id;
        entry.at = at;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.note = note;
        entry.actorId = access.userId();
        entry.actorUsername = access.username();
        entry.actorRole = access.roleName();
        entry.persist();
        caseTimeline.recordFieldVisit(List.copyOf(n.caseIds), n.id, n.number, "notice-" + action, note);
    }

    /**
     * Flags this notice and those it overlaps, for the coordination report. The others are flagged by
     * a bulk update: the flag is derived, so it must neither change their version (their lead's next
     * If-Match would fail) nor make two filings that overlap the same visit conflict.
     */
    private void markOverlaps(Notice n) {
        List<OverlapCandidate> overlapping = views.overlapsOf(n);
        n.hasOverlap = n.hasOverlap || !overlapping.isEmpty();
        List<UUID> unflagged = overlapping.stream().filter(o -> !o.hasOverlap()).map(OverlapCandidate::id).toList();
        if (!unflagged.isEmpty()) {
            Notice.update("hasOverlap = true where id in ?1 and hasOverlap = false", unflagged);
        }
    }

    private UUID leadOf(NewNotice request) {
        if (access.isAdmin()) {
            if (request.leadPillarId() == null) {
                throw ProblemException.invalidField("leadPillarId", "notice.leadRequired");
            }
            return request.leadPillarId();
        }
        UUID me = access.pillarId();
        if (me == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("notice.notLinked"));
        }
        if (request.leadPillarId() != null && !request.leadPillarId().equals(me)) {
            throw ProblemException.invalidField("leadPillarId", "notice.leadSelf");
        }
        return me;
    }

    Set<UUID> team(Set<UUID> requested, UUID lead) {
        Set<UUID> team = new LinkedHashSet<>(requested == null ? Set.of() : requested);
        team.remove(lead);
        team.forEach(id -> pillars.requireActive("teamPillarIds", id));
        return team;
    }

    /**
     * The links a patch asks for, among the cases the caller may read; links to cases outside the
     * caller's scope (made by the Dinas) stay, since the caller cannot see them to keep them.
     */
    private Set<UUID> patchedLinks(Notice n, Set<UUID> requested) {
        Set<UUID> links = new LinkedHashSet<>(cases.requireReadableIds("caseIds", requested));
        Set<UUID> readable = cases.readableAmong(n.caseIds);
        n.caseIds.stream().filter(id -> !readable.contains(id)).forEach(links::add);
        return links;
    }

}
