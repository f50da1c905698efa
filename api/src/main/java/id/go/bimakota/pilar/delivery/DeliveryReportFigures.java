package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.notice.DeliveryFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coordination report's delivery figures, from one grouped query per batch of notices. They are
 * about reaching people: an integrator's endpoint that fails is the Dinas's technical worklist
 * ({@code GET /api/v1/deliveries?status=FAILED}), not a coordination failure.
 */
@ApplicationScoped
class DeliveryReportFigures implements DeliveryFigures {

    private static final int BATCH = 500;

    private final EntityManager em;

    DeliveryReportFigures(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, Figures> of(Collection<UUID> noticeIds) {
        Map<UUID, Figures> figures = new HashMap<>();
        List<UUID> ids = new ArrayList<>(noticeIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Object[]> rows = em.createQuery("select d.noticeId, n.createdAt, n.plannedStart, "
                    + "min(case when d.eventType = 'notice.created' and d.recipientKind in :people then d.sentAt end), "
                    + "sum(case when d.state = :failed and d.recipientKind <> :endpoint then 1 else 0 end) "
                    + "from Delivery d, Notice n where n.id = d.noticeId and d.noticeId in :ids "
                    + "group by d.noticeId, n.createdAt, n.plannedStart", Object[].class)
                    .setParameter("people", List.of(RecipientKind.CONTACT, RecipientKind.USER))
                    .setParameter("failed", DeliveryState.FAILED).setParameter("endpoint", RecipientKind.ENDPOINT).setParameter("ids", batch).getResultList();
            for (Object[] r : rows) {
                Instant created = (Instant) r[1];
                Instant start = (Instant) r[2];
                Instant firstSent = (Instant) r[3];
                long failed = r[4] == null ? 0 : ((Number) r[4]).longValue();
                figures.put((UUID) r[0], new Figures(firstSent != null && firstSent.isBefore(start),
                        firstSent == null ? null : Duration.between(created, firstSent).toSeconds() / 60.0, failed));
            }
        }
        return figures;
    }
}
