package id.go.bimakota.pilar.account;

import id.go.bimakota.pilar.person.NotifyBy;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.account.AccountDtos.NewUser;
import id.go.bimakota.pilar.account.AccountDtos.UserPatch;
import id.go.bimakota.pilar.account.AccountDtos.UserView;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.web.Versions;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/** Creating and changing accounts. Every write is audited in its own transaction. */
@ApplicationScoped
public class UserService {

    private final AreaDirectory areas;
    private final PillarRegistry pillars;
    private final AuditLog audit;
    private final AuthService auth;

    private final Clock clock;

    public UserService(AreaDirectory areas, PillarRegistry pillars, AuditLog audit, AuthService auth, Clock clock) {
        this.clock = clock;
        this.areas = areas;
        this.pillars = pillars;
        this.audit = audit;
        this.auth = auth;
    }

    @Transactional
    public UserView create(NewUser request) {
        if (User.findByUsername(request.username()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("user.taken", request.username()))
                    .with("field", "username");
        }
        User user = new User();
        user.id = UUID.randomUUID();
        user.username = request.username();
        user.usernameKey = User.keyOf(request.username());
        user.displayName = request.displayName().trim();
        user.passwordHash = Passwords.hash("password", request.password(), request.username());
        user.active = true;
        user.createdAt = clock.instant();
        user.updatedAt = user.createdAt;
        link(user, request.role(), request.kelurahanCode(), request.pillarId());
        user.persist();
        audit.record("USER_CREATED", "User", user.id, List.of("username", "displayName", "role", "password"));
        return UserView.of(user);
    }

    /** Creates the first administrator; the caller has checked that no user exists yet. */
    @Transactional
    public void createAdmin(String password) {
        User user = new User();
        user.id = UUID.randomUUID();
        user.username = "admin";
        user.usernameKey = "admin";
        user.displayName = "Administrator Dinas Sosial";
        user.role = Role.ADMIN;
        user.passwordHash = Passwords.hashConfigured("PILAR_ADMIN_PASSWORD", password);
        user.active = true;
        user.createdAt = clock.instant();
        user.updatedAt = user.createdAt;
        user.persist();
        audit.record(null, "USER_CREATED", "User", user.id, List.of("username", "role", "password"));
    }

    public UserView get(UUID id) {
        return UserView.of(require(id));
    }

    @Transactional
    public UserView update(UUID id, String ifMatch, UserPatch patch, UUID actingUserId) {
        User user = require(id);
        Versions.requireMatch(ifMatch, user.version, () -> UserView.of(user));
        List<String> changed = new ArrayList<>();
        if (patch.displayName() != null && !patch.displayName().trim().equals(user.displayName)) {
            user.displayName = patch.displayName().trim();
            changed.add("displayName");
        }
        Role role = patch.role() == null ? user.role : patch.role();
        boolean relink = patch.role() != null || patch.kelurahanCode() != null || patch.pillarId() != null;
        if (relink) {
            String kelurahan = patch.kelurahanCode() != null ? patch.kelurahanCode() : keepIf(role == user.role, user.kelurahanCode);
            UUID pillar = patch.pillarId() != null ? patch.pillarId() : keepIf(role == user.role, user.pillarId);
            Role before = user.role;
            String kelurahanBefore = user.kelurahanCode;
            UUID pillarBefore = user.pillarId;
            link(user, role, kelurahan, pillar);
            addIfChanged(changed, "role", before, user.role);
            addIfChanged(changed, "kelurahanCode", kelurahanBefore, user.kelurahanCode);
            addIfChanged(changed, "pillarId", pillarBefore, user.pillarId);
        }
        if (patch.active() != null && patch.active() != user.active) {
            user.active = patch.active();
            changed.add("active");
        }
        if (id.equals(actingUserId) && (changed.contains("role") || changed.contains("active"))) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("user.selfLockout"));
        }
        if (changed.isEmpty()) {
            return UserView.of(user);
        }
        if (changed.stream().anyMatch(f -> !f.equals("displayName"))) {
            // Tokens carry role and links, and a deactivated user must stop at once.
            auth.endSessions(user);
        }
        user.updatedAt = clock.instant();
        audit.record("USER_UPDATED", "User", user.id, changed);
        User.getEntityManager().flush();
        return UserView.of(user);
    }

    /** A user's own phone, email and choice of channels: what the deliveries use to reach them. */
    @Transactional
    public UserView updateOwnContact(UUID id, String ifMatch, AccountDtos.MePatch patch) {
        if (patch.phone() == null && patch.email() == null && patch.notifyBy() == null) {
            throw ProblemException.invalidField("phone", "me.nothingToChange");
        }
        User user = require(id);
        Versions.requireMatch(ifMatch, user.version, () -> UserView.of(user));
        List<String> changed = new ArrayList<>();
        if (patch.phone() != null) {
            String phone = patch.phone().isBlank() ? null : Phones.normalize("phone", patch.phone());
            setIfChanged(changed, "phone", user.phone, phone, v -> user.phone = v);
        }
        if (patch.email() != null) {
            String email = patch.email().isBlank() ? null : patch.email().trim();
            setIfChanged(changed, "email", user.email, email, v -> user.email = v);
        }
        if (patch.notifyBy() != null) {
            setIfChanged(changed, "notifyBy", user.notifyBy, NotifyBy.store(patch.notifyBy()), v -> user.notifyBy = v);
        }
        if (!changed.isEmpty()) {
            user.updatedAt = clock.instant();
            audit.record("USER_UPDATED", "User", user.id, changed);
            User.getEntityManager().flush();
        }
        return UserView.of(user);
    }

    private static void setIfChanged(List<String> changed, String field, String before, String after,
            Consumer<String> apply) {
        if (!Objects.equals(before, after)) {
            apply.accept(after);
            changed.add(field);
        }
    }

    @Transactional
    public void resetPassword(UUID id, String newPassword) {
        User user = require(id);
        setPassword(user, newPassword);
        audit.record("PASSWORD_RESET", "User", user.id, List.of("password"));
    }

    @Transactional
    public void changeOwnPassword(UUID id, String currentPassword, String newPassword) {
        User user = require(id);
        if (!Passwords.matches(user, currentPassword)) {
            throw ProblemException.invalidField("currentPassword", "password.wrong");
        }
        setPassword(user, newPassword);
        audit.record("PASSWORD_CHANGED", "User", user.id, List.of("password"));
    }

    /** Lets the user log in again from every address after failed logins (ADMIN). */
    @Transactional
    public void unlock(UUID id) {
        auth.unlock(require(id));
    }

    /**
     * A pillar's login follows its pillar: deactivating the pillar suspends the login (its sessions end
     * at once, new logins are refused); reactivating it lets the login in again.
     */
    @Transactional
    public void pillarStatusChanged(UUID pillarId, boolean active) {
        for (User user : User.<User>list("pillarId", pillarId)) {
            if (active) {
                auth.forgetAccess(user);
            } else {
                auth.endSessions(user);
                audit.record("USER_SUSPENDED", "User", user.id, List.of("authVersion"));
            }
        }
    }

    public Page<UserView> list(Role role, Boolean active, String q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (role != null) {
            where.append(" and role = :role");
            params.and("role", role);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (usernameKey like :q or lower(displayName) like :q)");
            params.and("q", "%" + q.trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        String[] after = page.after(1);
        if (after != null) {
            where.append(" and usernameKey > :after");
            params.and("after", after[0]);
        }
        PanacheQuery<User> query = User.find(where.toString(), Sort.by("usernameKey"), params);
        List<User> rows = query.range(0, page.limit()).list();
        return Page.of(rows, page, u -> new String[] {u.usernameKey}, UserView::of);
    }

    public User require(UUID id) {
        User user = User.findById(id);
        if (user == null) {
            throw ProblemException.notFound("User", id);
        }
        return user;
    }

    private void setPassword(User user, String newPassword) {
        user.passwordHash = Passwords.hash("newPassword", newPassword, user.username);
        user.updatedAt = clock.instant();
        auth.endSessions(user);
    }

    /** Applies the role and the one link it needs; a link that does not fit the role is a 400. */
    private void link(User user, Role role, String kelurahanCode, UUID pillarId) {
        if (role != Role.KELURAHAN && kelurahanCode != null) {
            throw ProblemException.invalidField("kelurahanCode", "user.link.onlyKelurahan");
        }
        if (role != Role.PILLAR && pillarId != null) {
            throw ProblemException.invalidField("pillarId", "user.link.onlyPillar");
        }
        if (role == Role.PILLAR && pillarId == null) {
            throw ProblemException.invalidField("pillarId", "user.link.pillarRequired");
        }
        if (role == Role.KELURAHAN) {
            if (kelurahanCode == null) {
                throw ProblemException.invalidField("kelurahanCode", "user.link.kelurahanRequired");
            }
            areas.requireKelurahan("kelurahanCode", kelurahanCode);
        }
        if (pillarId != null && !pillars.isRegistered(pillarId)) {
            throw ProblemException.invalidField("pillarId", "pillar.unknown", pillarId);
        }
        user.role = role;
        user.kelurahanCode = kelurahanCode;
        user.pillarId = pillarId;
    }

    private static <T> T keepIf(boolean keep, T value) {
        return keep ? value : null;
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
