package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import jakarta.enterprise.context.RequestScoped;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and do what with a case, for the current caller. Reads outside the caller's scope
 * answer 404, so a case's existence is not revealed; forbidden writes on a visible case answer 403.
 */
@RequestScoped
public class CaseAccess {

    /** An id no case has: the constant-cost query's placeholder. */
    private static final UUID NO_CASE = new UUID(0, 0);

    private final CurrentUser user;
    private final PillarDirectory pillars;
    private Set<String> covered;

    public CaseAccess(CurrentUser user, PillarDirectory pillars) {
        this.user = user;
        this.pillars = pillars;
    }

    public boolean isAdmin() {
        return user.is(Role.ADMIN);
    }

    public boolean isKelurahan() {
        return user.is(Role.KELURAHAN);
    }

    public UUID userId() {
        return user.id();
    }

    /** The caller's pillar, for a PILLAR user linked to one. */
    public UUID pillarId() {
        return user.is(Role.PILLAR) ? user.pillarId().orElse(null) : null;
    }

    public String kelurahanCode() {
        return user.kelurahanCode().orElse(null);
    }

    /** The kelurahan a PILLAR caller covers (loaded once per request). */
    public Set<String> coveredKelurahan() {
        if (covered == null) {
            covered = pillarId() == null ? Set.of() : pillars.kelurahanCoveredBy(pillarId());
        }
        return covered;
    }

    public boolean canRead(PpksCase c) {
        if (isAdmin()) {
            return true;
        }
        if (isKelurahan()) {
            return c.kelurahanCode.equals(kelurahanCode());
        }
        return c.isHandledBy(pillarId()) || coveredKelurahan().contains(c.kelurahanCode);
    }

    /**
     * The caller's read scope as an HQL condition on {@code PpksCase} (appended with " and …"), the
     * same rule as {@link #canRead}, for lists and bulk checks.
     */
    void appendScope(StringBuilder where, Parameters params) {
        if (isAdmin()) {
            return;
        }
        if (isKelurahan()) {
            where.append(" and kelurahanCode = :scopeKelurahan");
            params.and("scopeKelurahan", kelurahanCode());
            return;
        }
        UUID me = pillarId();
        if (me == null) {
            where.append(" and 1 = 0");
            return;
        }
        where.append(" and (leadPillarId = :me or :me member of supportPillarIds");
        params.and("me", me);
        if (!coveredKelurahan().isEmpty()) {
            where.append(" or kelurahanCode in :covered");
            params.and("covered", coveredKelurahan());
        }
        where.append(")");
    }

    /** Those of {@code ids} the caller may read, in one query. */
    public Set<UUID> readableAmong(Collection<UUID> ids) {
        if (ids.isEmpty() || isAdmin()) {
            return Set.copyOf(ids);
        }
        return queryReadable(ids);
    }

    /**
     * Like {@link #readableAmong}, but the query runs even for no ids, so that its cost does not tell
     * whether there were any (the Dinas reads everything: nothing to hide from it).
     */
    Set<UUID> readableAmongAtConstantCost(Collection<UUID> ids) {
        if (isAdmin()) {
            return Set.copyOf(ids);
        }
        return queryReadable(ids.isEmpty() ? Set.of(NO_CASE) : ids);
    }

    private Set<UUID> queryReadable(Collection<UUID> ids) {
        StringBuilder where = new StringBuilder("select id from PpksCase where id in :ids");
        Parameters params = Parameters.with("ids", Set.copyOf(ids));
        appendScope(where, params);
        TypedQuery<UUID> query = PpksCase.getEntityManager().createQuery(where.toString(), UUID.class);
        params.map().forEach(query::setParameter);
        return Set.copyOf(query.getResultList());
    }

    /**
     * Case ids sent in {@code field} (a notice's links): each must be a case the caller may read,
     * else 400 naming the field, the same answer for an unknown case and one outside the scope.
     */
    public Set<UUID> requireReadableIds(String field, Set<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        if (!readableAmong(ids).containsAll(ids)) {
            throw ProblemException.invalidField(field, "case.unknownOrNotReadable");
        }
        return ids;
    }

    public PpksCase requireReadable(PpksCase c, UUID id) {
        if (c == null || !canRead(c)) {
            throw ProblemException.notFound("Case", id);
        }
        return c;
    }

    /** Full NIK, notes and the timeline: for those who handle the case. */
    public boolean canSeeDetails(PpksCase c) {
        return isAdmin() || c.isHandledBy(pillarId());
    }

    /** Transitions, changes and assignment: the lead pillar or the Dinas. */
    public boolean canManage(PpksCase c) {
        return isAdmin() || (pillarId() != null && pillarId().equals(c.leadPillarId));
    }

    /** Whether the caller's role lets them take the action on this case (state aside). */
    public boolean mayTake(CaseAction action, PpksCase c) {
        return action == CaseAction.WITHDRAW ? c.isReportedBy(userId()) : canManage(c);
    }

    public void requireMayTake(CaseAction action, PpksCase c) {
        if (!mayTake(action, c)) {
            throw forbidden(action == CaseAction.WITHDRAW ? "case.onlyReporter" : "case.onlyLead");
        }
    }

    public void requireManage(PpksCase c) {
        if (!canManage(c)) {
            throw forbidden("case.onlyLead");
        }
    }

    public void requireDetails(PpksCase c) {
        if (!canSeeDetails(c)) {
            throw forbidden("case.onlyHandlers");
        }
    }

    static ProblemException forbidden(String key) {
        return new ProblemException(ProblemType.FORBIDDEN, Message.of(key));
    }
}
