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

    /** A kelurahan named in the path the caller may read: 400 malformed, 403 not theirs, 404 unknown. */
    public AreaDtos.KelurahanItem requireReadable(String code) {
        if (!AreaCodes.isKelurahanShape(code)) {
            throw ProblemException.invalidField("code", "area.kelurahan.shape");
        }
        if (user.is(Role.KELURAHAN)) {
            requireOwn(code);
        }
        return areas.findKelurahan(code).orElseThrow(() -> ProblemException.notFound("Kelurahan", code));
    }

    /** Contacts of {@code code} may be changed by ADMIN and by that kelurahan's officer. */
    public void requireManageable(String code) {
        if (!user.is(Role.ADMIN)) {
            requireOwn(code);
        }
    }

    private void requireOwn(String code) {
        if (!user.is(Role.KELURAHAN) || !user.kelurahanCode().map(code::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("kelurahan.notYours", code));
        }
    }
}
