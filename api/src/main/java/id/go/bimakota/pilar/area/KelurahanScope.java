package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which kelurahan the caller may see and manage: ADMIN all of them, PILLAR may read all of them (they
 * work across the city), a KELURAHAN officer only their own.
 */
@ApplicationScoped
public class KelurahanScope {

    private final CurrentUser user;
    private final AreaDirectory areas;

    public KelurahanScope(CurrentUser user, AreaDirectory areas) {
        this.user = user;
        this.areas = areas;
    }

    /**
     * A kelurahan named in the path the caller may read: 400 malformed, 404 unknown or, for an officer,
     * another kelurahan's (like its notices: what it holds is not theirs to learn about).
     */
    public AreaDtos.KelurahanItem requireReadable(String code) {
        if (!AreaCodes.isKelurahanShape(code)) {
            throw ProblemException.invalidField("code", "area.kelurahan.shape");
        }
        if (user.is(Role.KELURAHAN) && !isOwn(code)) {
            throw new ProblemException(ProblemType.NOT_FOUND, Message.of("kelurahan.notVisible", code));
        }
        return areas.findKelurahan(code).orElseThrow(() -> ProblemException.notFound("Kelurahan", code));
    }

    /** Whether the caller may read what belongs to {@code code} (an officer: only their own kelurahan). */
    public boolean canRead(String code) {
        return !user.is(Role.KELURAHAN) || isOwn(code);
    }

    /** Contacts of {@code code} may be changed by ADMIN and by that kelurahan's officer. */
    public void requireManageable(String code) {
        if (!user.is(Role.ADMIN)) {
            requireOwn(code);
        }
    }

    private boolean isOwn(String code) {
        return user.kelurahanCode().map(code::equals).orElse(false);
    }

    private void requireOwn(String code) {
        if (!user.is(Role.KELURAHAN) || !isOwn(code)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("kelurahan.notYours", code));
        }
    }
}
