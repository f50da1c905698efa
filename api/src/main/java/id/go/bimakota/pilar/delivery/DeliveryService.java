package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.delivery.DeliveryDtos.DeliveryView;
import id.go.bimakota.pilar.notice.Notice;
import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The deliveries of a notice, the Dinas's worklist of who could not be reached, and a manual retry. */
@ApplicationScoped
public class DeliveryService {

    private final CurrentUser caller;
    private final AreaDirectory areas;
    private final DeliveryDispatcher dispatcher;
    private final Clock clock;

    DeliveryService(CurrentUser caller, AreaDirectory areas, DeliveryDispatcher dispatcher, Clock clock) {
        this.caller = caller;
        this.areas = areas;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Every delivery of a notice, oldest first: for ADMIN and the notice's lead pillar. */
    public List<DeliveryView> ofNotice(UUID noticeId) {
        Notice n = Notice.findById(noticeId);
        if (n == null) {
            throw ProblemException.notFound("Notice", noticeId);
        }
        boolean lead = caller.is(Role.PILLAR) && caller.pillarId().map(n.leadPillarId::equals).orElse(false);
        if (!caller.is(Role.ADMIN) && !lead) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("delivery.leadOnly"));
        }
        return Delivery.<Delivery>find("noticeId", Sort.by("createdAt", "id"), noticeId).stream()
                .map(DeliveryView::of).toList();
    }

    public record Filter(DeliveryState status, String kelurahan, Instant from, Instant to) {
    }

    /** Newest first, keyset-paged on (createdAt, id). */
    public Page<DeliveryView> list(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.append(" and state = :state");
            params.and("state", filter.status());
        }
        if (filter.kelurahan() != null) {
            areas.requireKelurahan("kelurahan", filter.kelurahan());
            where.append(" and kelurahanCode = :kelurahan");
            params.and("kelurahan", filter.kelurahan());
        }
        if (filter.from() != null) {
            where.append(" and createdAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and createdAt < :to");
            params.and("to", filter.to());
        }
        String[] after = page.after(2);
        if (after != null) {
            where.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.and("afterAt", Cursor.instant(after[0])).and("afterId", Cursor.uuid(after[1]));
        }
        List<Delivery> rows = Delivery.<Delivery>find(where.toString(), Sort.descending("createdAt", "id"), params)
                .range(0, page.limit()).list();
        return Page.of(rows, page, d -> new String[] {d.createdAt.toString(), d.id.toString()}, DeliveryView::of);
    }

    /** Queues a delivery that did not go (FAILED, EXPIRED, SUPPRESSED) for one more round of attempts. */
    @Transactional
    public DeliveryView retry(UUID id) {
        Delivery d = Delivery.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ProblemException.notFound("Delivery", id);
        }
        if (!d.state.mayRetry()) {
            throw new ProblemException(ProblemType.INVALID_STATE, Message.of("delivery.notRetryable", d.state))
                    .with("currentState", d.state);
        }
        Instant now = clock.instant();
        d.state = DeliveryState.QUEUED;
        d.attempts = 0;
        d.dueAt = now;
        d.expiresAt = null; // the Dinas sends it on purpose
        d.updatedAt = now;
        Delivery.getEntityManager().flush();
        dispatcher.kick();
        return DeliveryView.of(d);
    }
}
