package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.area.RtRw;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.notice.NoticeDtos.AcknowledgementInfo;
import id.go.bimakota.pilar.notice.NoticeDtos.HistoryEntry;
import id.go.bimakota.pilar.notice.NoticeDtos.NoticeView;
import id.go.bimakota.pilar.notice.NoticeDtos.Overlap;
import id.go.bimakota.pilar.notice.NoticeDtos.RescheduleInfo;
import id.go.bimakota.pilar.notice.NoticeDtos.VisitReportView;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import id.go.bimakota.pilar.ppkscase.CaseAccess;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * Turns notices into what the caller may see, with the overlapping visits of the same kelurahan.
 * A page is rendered with a fixed number of queries (overlaps, pillar names, case counts), never one
 * per notice.
 */
@RequestScoped
public class NoticeViews {

    private final NoticeAccess access;
    private final PillarDirectory pillars;
    private final AreaDirectory areas;
    private final EntityManager em;
    private final NoticeRules rules;
    private final CaseAccess cases;
    private final Map<OverlapKey, List<OverlapCandidate>> known = new HashMap<>();

    /**
     * Overlaps shown per notice on list pages. On a busy day a visit overlaps dozens of others; a page
     * of 50 listing them all is hundreds of kilobytes for a phone. The notice itself lists them all.
     */
    static final int LISTED_OVERLAPS = 5;

    /** A notice at a time: overlaps found for it hold until it moves. */
    private record OverlapKey(UUID id, Instant start, Instant end) {
    }

    private final Clock clock;

    public NoticeViews(NoticeAccess access, PillarDirectory pillars, AreaDirectory areas, EntityManager em,
            NoticeRules rules, CaseAccess cases, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.pillars = pillars;
        this.areas = areas;
        this.em = em;
        this.rules = rules;
        this.cases = cases;
    }

    public NoticeView detail(Notice n) {
        List<HistoryEntry> history = NoticeHistory.<NoticeHistory>list("noticeId", Sort.ascending("at", "id"), n.id)
                .stream().map(h -> new HistoryEntry(h.at, h.action, h.fromStatus, h.toStatus, h.note, h.actorUsername))
                .toList();
        return render(List.of(n), history, Integer.MAX_VALUE).get(0);
    }

    /** A list page: each notice with its first {@link #LISTED_OVERLAPS} overlaps and their count. */
    public List<NoticeView> page(List<Notice> notices) {
        return render(notices, null, LISTED_OVERLAPS);
    }

    private List<NoticeView> render(List<Notice> notices, List<HistoryEntry> history, int overlapLimit) {
        Map<UUID, List<OverlapCandidate>> overlaps = notices.size() == 1
                ? Map.of(notices.get(0).id, overlapsOf(notices.get(0))) : overlapsOf(notices);
        Map<UUID, List<OverlapCandidate>> shown = new HashMap<>();
        overlaps.forEach((id, list) -> shown.put(id, list.subList(0, Math.min(overlapLimit, list.size()))));
        Set<UUID> leads = new HashSet<>();
        notices.forEach(n -> leads.add(n.leadPillarId));
        shown.values().forEach(list -> list.forEach(o -> leads.add(o.leadPillarId())));
        Map<UUID, PillarRef> leadRefs = pillars.findAll(leads);
        Set<UUID> readableCases = readableCasesOf(notices);
        List<Notice> counted = notices.stream().filter(n -> !showsCaseIds(n, readableCases)).toList();
        Map<UUID, Map<String, Long>> caseCounts = counted.isEmpty() ? Map.of() : caseCountsOf(counted);
        Instant now = clock.instant();
        return notices.stream().map(n -> view(n, now, shown.getOrDefault(n.id, List.of()),
                overlaps.getOrDefault(n.id, List.of()).size(), leadRefs, showsCaseIds(n, readableCases),
                caseCounts.getOrDefault(n.id, Map.of()), history)).toList();
    }

    /** The linked cases of the page the caller may read (one query); none for a kelurahan officer. */
    private Set<UUID> readableCasesOf(List<Notice> notices) {
        if (access.isKelurahan()) {
            return Set.of();
        }
        Set<UUID> linked = new HashSet<>();
        notices.forEach(n -> linked.addAll(n.caseIds));
        return cases.readableAmong(linked);
    }

    /** Case ids only for a caller who may read every linked case; everyone else sees counts. */
    private boolean showsCaseIds(Notice n, Set<UUID> readableCases) {
        return !access.isKelurahan() && readableCases.containsAll(n.caseIds);
    }

    private NoticeView view(Notice n, Instant now, List<OverlapCandidate> overlapping, int overlapCount,
            Map<UUID, PillarRef> leads, boolean showCaseIds, Map<String, Long> caseCounts, List<HistoryEntry> history) {
        boolean kelurahanView = access.isKelurahan();
        PillarRef lead = leads.get(n.leadPillarId);
        String kelurahanName = areas.findKelurahan(n.kelurahanCode).map(KelurahanItem::name).orElse(null);
        return new NoticeView(n.id, n.number, n.kelurahanCode, kelurahanName, n.kecamatanCode, RtRw.shown(n.rw),
                RtRw.shown(n.rt), n.location, n.plannedStart, n.plannedEnd, n.purpose, n.description, n.requestsToKelurahan,
                n.leadPillarId, lead == null ? null : lead.fullName(), Set.copyOf(n.teamPillarIds), n.otherParticipants,
                showCaseIds ? Set.copyOf(n.caseIds) : null, showCaseIds ? null : caseCounts,
                n.contactPhone, n.status, n.shortNotice, rules.isAwaitingAcknowledgement(n, now),
                n.completedWithoutAcknowledgement,
                n.acknowledgedBy == null ? null : new AcknowledgementInfo(n.acknowledgedBy, n.acknowledgementNote,
                        n.acknowledgedAt),
                n.proposedStart == null ? null : new RescheduleInfo(n.proposedStart, n.proposedEnd, n.rescheduleReason),
                n.cancelReason, report(n, kelurahanView, showCaseIds),
                overlapping.stream().map(o -> overlap(o, leads.get(o.leadPillarId()))).toList(), overlapCount, history,
                access.allowedActions(n), n.createdAt, n.updatedAt, n.version);
    }

    /** The kelurahan reads the structured fields of a visit report, never its free text. */
    private static VisitReportView report(Notice n, boolean kelurahanView, boolean showCaseIds) {
        if (n.visitOutcome == null) {
            return null;
        }
        return new VisitReportView(kelurahanView ? null : n.visitOutcome, n.householdsVisited, n.followUpNeeded,
                showCaseIds ? Set.copyOf(n.caseIds) : null);
    }

    private static Overlap overlap(OverlapCandidate o, PillarRef lead) {
        return new Overlap(o.id(), o.number(), o.purpose(), o.plannedStart(), o.plannedEnd(), o.status(),
                RtRw.shown(o.rw()), RtRw.shown(o.rt()),
                lead == null ? null : lead.fullName(), lead == null ? null : lead.phone());
    }

    /**
     * The notices overlapping one notice. Kept for the request: a creation or reschedule flags the
     * overlaps and then shows the same ones, and the lookup is a fifth of a creation's work.
     */
    List<OverlapCandidate> overlapsOf(Notice n) {
        return known.computeIfAbsent(new OverlapKey(n.id, n.plannedStart, n.plannedEnd),
                key -> overlapsOf(List.of(n)).getOrDefault(n.id, List.of()));
    }

    /** All overlapping notices of a page in one query over the page's kelurahan and time span. */
    private Map<UUID, List<OverlapCandidate>> overlapsOf(Collection<Notice> notices) {
        if (notices.isEmpty()) {
            return Map.of();
        }
        Set<String> kelurahan = notices.stream().map(n -> n.kelurahanCode).collect(Collectors.toSet());
        Instant from = notices.stream().map(n -> n.plannedStart).min(Instant::compareTo).orElseThrow();
        Instant to = notices.stream().map(n -> n.plannedEnd).max(Instant::compareTo).orElseThrow();
        List<OverlapCandidate> byStart = NoticeQueries.overlapCandidates(kelurahan, from, to);
        return notices.stream().collect(Collectors.toMap(n -> n.id, n -> overlapping(n, byStart), (a, b) -> a));
    }

    /**
     * The candidates (sorted by start) that overlap {@code n}. Only those starting less than the
     * longest visit before it can: a busy kelurahan has a thousand candidates on an inbox page, and
     * testing each against each of 50 notices was a third of the page's work.
     */
    private static List<OverlapCandidate> overlapping(Notice n, List<OverlapCandidate> byStart) {
        // Read once: each read of an entity field goes through Hibernate's lazy-loading interceptor.
        UUID id = n.id;
        String kelurahan = n.kelurahanCode;
        Instant start = n.plannedStart;
        Instant end = n.plannedEnd;
        Instant earliest = start.minus(NoticeRules.MAX_DURATION);
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byStart.get(middle).plannedStart().isBefore(earliest)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<OverlapCandidate> found = new ArrayList<>();
        for (int i = low; i < byStart.size() && byStart.get(i).plannedStart().isBefore(end); i++) {
            if (byStart.get(i).overlaps(id, kelurahan, start, end)) {
                found.add(byStart.get(i));
            }
        }
        return found;
    }

    /** PPKS case counts per category: what a kelurahan sees of a visit's cases. */
    private Map<UUID, Map<String, Long>> caseCountsOf(List<Notice> notices) {
        // Native SQL, like the pillar names: with an IN list, HQL is translated anew at every call.
        List<Object[]> rows = em.createNativeQuery("select nc.notice_id, c.category, count(*) as cases "
                        + "from notice_case nc join ppks_case c on c.id = nc.case_id where nc.notice_id in (:ids) "
                        + "group by nc.notice_id, c.category", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("notice_id", UUID.class).addScalar("category", String.class).addScalar("cases", Long.class)
                .setParameterList("ids", notices.stream().map(n -> n.id).toList()).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0],
                Collectors.toMap(r -> (String) r[1], r -> (Long) r[2])));
    }

}
