package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.pillar.PillarDtos.PillarView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Pillars as the caller may see them. The NIK is personal data (UU 27/2022): only ADMIN gets it in
 * full, and every answer that carries a full NIK leaves a NIK_READ row in the audit log.
 */
@ApplicationScoped
class PillarViews {

    private final CurrentUser user;
    private final AuditLog audit;

    PillarViews(CurrentUser user, AuditLog audit) {
        this.user = user;
        this.audit = audit;
    }

    /** For an answer; must run in a transaction, as it may write the audit row. */
    PillarView show(Pillar p) {
        boolean full = p.nik != null && user.isAuthenticated() && user.is(Role.ADMIN);
        if (full) {
            audit.record(AuditLog.NIK_READ, "Pillar", p.id, List.of("nik"));
        }
        return view(p, full ? p.nik : Nik.mask(p.nik));
    }

    /** Always masked: for every list, and for the current state inside a 412 (rolled back with its audit row). */
    PillarView masked(Pillar p) {
        return view(p, Nik.mask(p.nik));
    }

    private static PillarView view(Pillar p, String nik) {
        return new PillarView(p.id, p.fullName, p.type, nik, p.gender, p.phone, p.email, p.memberNumber,
                p.originRegion, p.joinedOn, p.status, p.statusReason, List.copyOf(p.kelurahanCodes), p.kecamatanCode,
                p.createdAt, p.updatedAt, p.version);
    }
}
