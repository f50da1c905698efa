package id.go.bimakota.pilar.audit;

import id.go.bimakota.pilar.common.idempotency.ReplayAudit;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The full-NIK reads of the current request, kept with a recorded idempotent answer so that its
 * replays are audited like the first answer: the replay shows the same NIK to the same caller again.
 */
@ApplicationScoped
public class AuditedReads implements ReplayAudit {

    private static final Logger LOG = Logger.getLogger(AuditedReads.class);
    /** The column's size. */
    static final int MAX_CAPTURED = 4000;

    /**
     * The reads of one request, in order. Reached only through its method: the injected object is a
     * client proxy shared by every request, and a field read on it would be the proxy's own list (it
     * was: one request's reads were replayed into the audit of other requests' answers).
     */
    @RequestScoped
    static class Collected {
        private final List<String> reads = new ArrayList<>();

        List<String> reads() {
            return reads;
        }
    }

    private final Collected collected;
    private final AuditLog audit;

    AuditedReads(Collected collected, AuditLog audit) {
        this.collected = collected;
        this.audit = audit;
    }

    /** Called by the audit log for each full-NIK read; nothing to keep outside a request (jobs, demo data). */
    void add(String entityType, String entityId, String fields) {
        if (Arc.container().requestContext().isActive()) {
            collected.reads().add(entityType + ":" + entityId + ":" + (fields == null ? "" : fields));
        }
    }

    @Override
    public String capturedReads() {
        if (!Arc.container().requestContext().isActive() || collected.reads().isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        for (String read : collected.reads()) {
            if (line.length() + read.length() + 1 > MAX_CAPTURED) {
                LOG.warnf("Only part of %d audited reads are kept for replays", collected.reads().size());
                break;
            }
            line.append(line.isEmpty() ? "" : ";").append(read);
        }
        return line.toString();
    }

    @Override
    public void replayed(String capturedReads) {
        for (String read : capturedReads.split(";")) {
            if (read.isBlank()) {
                continue; // an answer that showed no full NIK: nothing to audit again
            }
            String[] parts = read.split(":", 3);
            List<String> fields = parts.length < 3 || parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(","));
            audit.record(AuditLog.NIK_READ, parts[0], parts[1], fields);
        }
    }
}
