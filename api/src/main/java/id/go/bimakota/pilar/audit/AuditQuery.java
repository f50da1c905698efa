package id.go.bimakota.pilar.audit;

import id.go.bimakota.pilar.audit.AuditResource.AuditEntry;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Keyset search of the audit log, newest first. */
@ApplicationScoped
public class AuditQuery {

    public record Filter(String actor, String entityType, String entityId, String action, Instant from, Instant to) {
    }

    public Page<AuditEntry> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        add(where, params, "actorUsername", filter.actor() == null ? null : filter.actor().toLowerCase(Locale.ROOT));
        add(where, params, "entityType", filter.entityType());
        add(where, params, "entityId", filter.entityId());
        add(where, params, "action", filter.action());
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
            params.and("to", filter.to());
        }
        String[] after = page.after(2);
        if (after != null) {
            where.append(" and (at < :afterAt or (at = :afterAt and id < :afterId))");
            params.and("afterAt", Cursor.instant(after[0])).and("afterId", Cursor.uuid(after[1]));
        }
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where.toString(),
                Sort.descending("at", "id"), params).range(0, page.limit()).list();
        return Page.of(rows, page, e -> new String[] {e.at.toString(), e.id.toString()}, AuditEntry::of);
    }

    private static void add(StringBuilder where, Parameters params, String field, String value) {
        if (value != null && !value.isEmpty()) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }
}
