package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.common.problem.FieldChecks;
import id.go.bimakota.pilar.account.AccountDtos.NewUser;
import id.go.bimakota.pilar.security.CurrentUser;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.account.UserService;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.pillar.PillarDtos.Deactivation;
import id.go.bimakota.pilar.pillar.PillarDtos.NewPillar;
import id.go.bimakota.pilar.pillar.PillarDtos.PillarPatch;
import id.go.bimakota.pilar.pillar.PillarDtos.PillarView;
import id.go.bimakota.pilar.pillar.PillarRules.Draft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Registering and changing pillars. Every write is audited in its own transaction. */
@ApplicationScoped
public class PillarService {

    /** Changes that move a pillar in the kelurahan/kecamatan filters or in the name order. */
    private static final Set<String> LISTING_FIELDS = Set.of("fullName", "type", "kelurahanCodes", "kecamatanCode");

    private final PillarRules rules;
    private final PillarAreas areas;
    private final PillarViews views;
    private final UserService users;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    private final Clock clock;

    public PillarService(PillarRules rules, PillarAreas areas, PillarViews views, UserService users, AuditLog audit,
            CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.rules = rules;
        this.areas = areas;
        this.views = views;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional
    public PillarView create(NewPillar request) {
        FieldChecks checks = new FieldChecks();
        Draft draft = rules.draft(request, checks);
        checks.throwIfAny();
        requireUnique(draft, null);
        Pillar pillar = insert(draft);
        if (request.account() != null) {
            users.create(new NewUser(request.account().username(), pillar.fullName, Role.PILLAR,
                    request.account().password(), null, pillar.id));
        }
        return views.show(pillar);
    }

    /** Writes a checked draft (also used row by row by the import). */
    @Transactional
    Pillar insert(Draft draft) {
        Pillar pillar = new Pillar();
        pillar.id = UUID.randomUUID();
        draft.applyTo(pillar);
        pillar.status = PillarStatus.ACTIVE;
        pillar.createdAt = clock.instant();
        pillar.updatedAt = pillar.createdAt;
        pillar.persist();
        areas.index(pillar);
        audit.record("PILLAR_CREATED", "Pillar", pillar.id, draft.presentFields());
        return pillar;
    }

    @Transactional
    public PillarView get(UUID id) {
        return views.show(require(id));
    }

    @Transactional
    public PillarView update(UUID id, String ifMatch, PillarPatch patch) {
        requireMayPatch(id, patch);
        Pillar pillar = require(id);
        Versions.requireMatch(ifMatch, pillar.version, () -> views.masked(pillar));
        Draft before = Draft.of(pillar);
        FieldChecks checks = new FieldChecks();
        Draft after = rules.draft(PillarPatches.merge(before, patch), checks);
        checks.throwIfAny();
        requireUnique(after, pillar.id);
        List<String> changed = after.changedFrom(before);
        if (!changed.isEmpty()) {
            after.applyTo(pillar);
            pillar.updatedAt = clock.instant();
            if (changed.stream().anyMatch(LISTING_FIELDS::contains)) {
                areas.index(pillar);
            }
            audit.record("PILLAR_UPDATED", "Pillar", pillar.id, changed);
            Pillar.getEntityManager().flush(); // the answer carries the new version
        }
        return views.show(pillar);
    }

    @Transactional
    public PillarView deactivate(UUID id, String ifMatch, Deactivation request) {
        Pillar pillar = requireForAction(id, ifMatch, PillarStatus.ACTIVE);
        pillar.status = Boolean.TRUE.equals(request.transferredOut()) ? PillarStatus.TRANSFERRED_OUT : PillarStatus.INACTIVE;
        pillar.statusReason = request.reason().trim();
        users.pillarStatusChanged(pillar.id, false);
        return changedStatus(pillar, "PILLAR_DEACTIVATED");
    }

    @Transactional
    public PillarView reactivate(UUID id, String ifMatch) {
        Pillar pillar = requireForAction(id, ifMatch, PillarStatus.INACTIVE, PillarStatus.TRANSFERRED_OUT);
        pillar.status = PillarStatus.ACTIVE;
        pillar.statusReason = null;
        users.pillarStatusChanged(pillar.id, true);
        return changedStatus(pillar, "PILLAR_REACTIVATED");
    }

    public Pillar require(UUID id) {
        Pillar pillar = Pillar.findById(id);
        if (pillar == null) {
            throw ProblemException.notFound("Pillar", id);
        }
        return pillar;
    }

    /** ADMIN changes everything; a PILLAR user only the phone and email of their own record. */
    private void requireMayPatch(UUID id, PillarPatch patch) {
        if (currentUser.is(Role.ADMIN)) {
            return;
        }
        if (!currentUser.pillarId().map(id::equals).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("pillar.patch.notOwn"));
        }
        if (!patch.onlyContactFields()) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("pillar.patch.ownContactOnly"))
                    .with("allowedFields", List.of("phone", "email"));
        }
    }

    private void requireUnique(Draft draft, UUID except) {
        List<Message.ForField> duplicates = rules.duplicates(draft, except);
        if (!duplicates.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("pillar.duplicate.detail"), duplicates);
        }
    }

    /** The pillar, if it is in one of {@code allowedFrom}; otherwise 409 naming its state and what it allows. */
    private Pillar requireForAction(UUID id, String ifMatch, PillarStatus... allowedFrom) {
        Pillar pillar = require(id);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, pillar.version, () -> views.masked(pillar));
        }
        if (!List.of(allowedFrom).contains(pillar.status)) {
            throw new ProblemException(ProblemType.INVALID_STATE, Message.of("pillar.state", pillar.status))
                    .with("currentState", pillar.status)
                    .with("allowedActions", List.of(pillar.status == PillarStatus.ACTIVE ? "deactivate" : "reactivate"));
        }
        return pillar;
    }

    private PillarView changedStatus(Pillar pillar, String action) {
        pillar.updatedAt = clock.instant();
        audit.record(action, "Pillar", pillar.id, List.of("status", "statusReason"));
        Pillar.getEntityManager().flush();
        return views.show(pillar);
    }
}
