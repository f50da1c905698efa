package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.storage.TimeOrderedIds;
import id.go.bimakota.pilar.ppkscase.CaseDtos.TimelineEntry;
import id.go.bimakota.pilar.ppkscase.CaseEnums.EventType;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Appends to and reads a case's timeline. Field visits are added by the notices feature. */
@ApplicationScoped
public class CaseTimeline {

    private final CurrentUser user;

    private final Clock clock;

    public CaseTimeline(CurrentUser user, Clock clock) {
        this.clock = clock;
        this.user = user;
    }

    /** A new, not yet saved entry by the current caller. */
    CaseEvent event(PpksCase c, EventType type, String action) {
        CaseEvent event = new CaseEvent();
        event.id = TimeOrderedIds.next();
        event.caseId = c.id;
        event.at = clock.instant();
        event.type = type;
        event.action = action;
        if (user.isAuthenticated()) {
            event.actorId = user.id();
            event.actorUsername = user.username();
            event.actorRole = user.role().name();
        }
        return event;
    }

    /**
     * Records a field visit of a linked notice (its creation, an answer, its completion) on the
     * timeline of each linked case, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFieldVisit(List<UUID> caseIds, UUID noticeId, String noticeNumber, String action, String note) {
        for (UUID caseId : caseIds) {
            PpksCase c = PpksCase.findById(caseId);
            if (c != null) {
                CaseEvent event = event(c, EventType.FIELD_VISIT, action);
                event.noticeId = noticeId;
                event.noticeNumber = noticeNumber;
                event.note = note;
                event.persist();
            }
        }
    }

    Page<TimelineEntry> read(UUID caseId, PageRequest page) {
        String[] after = page.after(2);
        String where = "caseId = :caseId";
        Parameters params = Parameters.with("caseId", caseId);
        if (after != null) {
            where += " and (at > :afterAt or (at = :afterAt and id > :afterId))";
            params.and("afterAt", Cursor.instant(after[0])).and("afterId", Cursor.uuid(after[1]));
        }
        List<CaseEvent> rows = CaseEvent.<CaseEvent>find(where, Sort.ascending("at", "id"), params)
                .range(0, page.limit()).list();
        return Page.of(rows, page, e -> new String[] {e.at.toString(), e.id.toString()}, CaseViews::entry);
    }
}
