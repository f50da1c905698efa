package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Who sees and answers which notice. Pillars and the Dinas see every notice (coordination needs
 * the whole picture); a kelurahan officer sees only their kelurahan's, and others' are 404 to them.
 */
@RequestScoped
public class NoticeAccess {

    private final CurrentUser user;
    private final Clock clock;

    public NoticeAccess(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    public boolean isAdmin() {
        return user.is(Role.ADMIN);
    }

    public boolean isKelurahan() {
        return user.is(Role.KELURAHAN);
    }

    public String kelurahanCode() {
        return user.kelurahanCode().orElse(null);
    }

    public UUID pillarId() {
        return user.is(Role.PILLAR) ? user.pillarId().orElse(null) : null;
    }

    /** Asks, each time, whether the caller's session may still be used (for the live feed). */
    public BooleanSupplier sessionStillValid() {
        return user.stillValid();
    }

    public UUID userId() {
        return user.id();
    }

    public String username() {
        return user.username();
    }

    public String roleName() {
        return user.role().name();
    }

    public boolean canRead(Notice n) {
        return !isKelurahan() || n.kelurahanCode.equals(kelurahanCode());
    }

    public Notice requireReadable(Notice n, UUID id) {
        if (n == null || !canRead(n)) {
            throw ProblemException.notFound("Notice", id);
        }
        return n;
    }

    /** Whether the caller's role lets them take the action on this notice (state aside). */
    public boolean mayTake(NoticeAction action, Notice n) {
        return switch (action.actor()) {
            case KELURAHAN -> isAdmin() || (isKelurahan() && n.kelurahanCode.equals(kelurahanCode()));
            case LEAD -> isAdmin() || (pillarId() != null && pillarId().equals(n.leadPillarId));
            case ANY_PILLAR -> pillarId() != null && !n.involves(pillarId());
        };
    }

    public List<String> allowedActions(Notice n) {
        Instant now = clock.instant();
        return Arrays.stream(NoticeAction.values()).filter(a -> n.allows(a, now) && mayTake(a, n))
                .map(NoticeAction::path).toList();
    }

    public void requireMayTake(NoticeAction action, Notice n) {
        if (!mayTake(action, n)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("notice.forbidden." + action.actor()));
        }
    }
}
