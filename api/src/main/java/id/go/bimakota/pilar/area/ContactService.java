package id.go.bimakota.pilar.area;

import id.go.bimakota.pilar.area.ContactDtos.ContactPatch;
import id.go.bimakota.pilar.area.ContactDtos.ContactView;
import id.go.bimakota.pilar.area.ContactDtos.NewContact;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.common.paging.Cursor;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.person.NotifyBy;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.storage.SearchText;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.common.problem.FieldChecks;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The contacts of each kelurahan. Every write is audited with the names of the changed fields. */
@ApplicationScoped
public class ContactService {

    /** A checked contact, ready to be written. */
    private record Draft(String name, ContactPosition position, RtRw place, String phone, String email, String notifyBy,
            boolean active) {
    }

    private static final int SORT_NAME_LENGTH = 200;

    private final KelurahanScope scope;
    private final AuditLog audit;

    private final Clock clock;

    public ContactService(KelurahanScope scope, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.scope = scope;
        this.audit = audit;
    }

    public Page<ContactView> list(String code, Boolean active, ContactPosition position, PageRequest page) {
        scope.requireReadable(code);
        StringBuilder where = new StringBuilder("kelurahanCode = :code");
        Parameters params = Parameters.with("code", code);
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        if (position != null) {
            where.append(" and position = :position");
            params.and("position", position);
        }
        String[] after = page.after(2);
        if (after != null) {
            where.append(" and (sortKey > :afterKey or (sortKey = :afterKey and id > :afterId))");
            params.and("afterKey", after[0]).and("afterId", cursorId(after[1]));
        }
        List<KelurahanContact> rows = KelurahanContact.<KelurahanContact>find(where.toString(),
                Sort.by("sortKey", "id"), params).range(0, page.limit()).list();
        return Page.of(rows, page, c -> new String[] {c.sortKey, c.id.toString()}, ContactView::of);
    }

    /** The active contacts of a kelurahan, for its coverage; a kelurahan has a few dozen at most. */
    public List<ContactView> active(String code) {
        return KelurahanContact.<KelurahanContact>find("kelurahanCode = ?1 and active = true", Sort.by("sortKey", "id"),
                code).stream().map(ContactView::of).toList();
    }

    @Transactional
    public ContactView create(String code, NewContact request) {
        scope.requireReadable(code);
        scope.requireManageable(code);
        Draft draft = check(request.name(), request.position(), request.rw(), request.rt(), request.rtRw(),
                request.phone(), blankToNull(request.email()), NotifyBy.store(request.notifyBy()),
                request.active() == null || request.active());
        KelurahanContact contact = new KelurahanContact();
        contact.id = UUID.randomUUID();
        contact.kelurahanCode = code;
        contact.createdAt = clock.instant();
        apply(draft, contact);
        contact.persist();
        audit.record("CONTACT_CREATED", "KelurahanContact", contact.id, List.of("name", "position", "rw", "rt", "phone",
                "email", "notifyBy", "active"));
        return ContactView.of(contact);
    }

    @Transactional
    public ContactView update(UUID id, String ifMatch, ContactPatch patch) {
        KelurahanContact contact = requireManageable(id);
        Versions.requireMatch(ifMatch, contact.version, () -> ContactView.of(contact));
        ContactPosition position = patch.position() != null ? patch.position() : contact.position;
        // A new position keeps only the RW/RT it can carry when the patch does not say otherwise.
        String rw = patch.rw() != null ? patch.rw() : keep(position, false, contact.rw);
        String rt = patch.rt() != null ? patch.rt() : keep(position, true, contact.rt);
        Draft draft = check(patch.name() != null ? patch.name() : contact.name, position, rw, rt, patch.rtRw(),
                patch.phone() != null ? patch.phone() : contact.phone,
                patch.email() != null ? blankToNull(patch.email()) : contact.email,
                patch.notifyBy() != null ? NotifyBy.store(patch.notifyBy()) : contact.notifyBy,
                patch.active() != null ? patch.active() : contact.active);
        List<String> changed = changes(contact, draft);
        if (!changed.isEmpty()) {
            apply(draft, contact);
            audit.record("CONTACT_UPDATED", "KelurahanContact", contact.id, changed);
            KelurahanContact.getEntityManager().flush(); // the answer carries the new version
        }
        return ContactView.of(contact);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        KelurahanContact contact = requireManageable(id);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, contact.version, () -> ContactView.of(contact));
        }
        contact.delete();
        audit.record("CONTACT_DELETED", "KelurahanContact", contact.id, List.of());
    }

    private KelurahanContact requireManageable(UUID id) {
        KelurahanContact contact = KelurahanContact.findById(id);
        if (contact == null || !scope.canRead(contact.kelurahanCode)) {
            throw ProblemException.notFound("Contact", id);
        }
        scope.requireManageable(contact.kelurahanCode);
        return contact;
    }

    /** The current RW or RT, if the (new) position can carry it. */
    private static String keep(ContactPosition position, boolean rt, Integer current) {
        ContactPosition.Neighbourhood has = position.neighbourhood();
        boolean fits = has == ContactPosition.Neighbourhood.OPTIONAL || has == ContactPosition.Neighbourhood.RT
                || (!rt && has == ContactPosition.Neighbourhood.RW);
        return fits && current != null ? current.toString() : null;
    }

    /** Every invalid field at once, then whether another active head holds the same RW/RT. */
    private Draft check(String name, ContactPosition position, String rw, String rt, String rtRw, String phone,
            String email, String notifyBy, boolean active) {
        FieldChecks checks = new FieldChecks();
        if (name == null || name.isBlank()) {
            checks.add("name", "required");
        }
        String e164 = checks.check(() -> Phones.normalize("phone", phone == null ? "" : phone));
        RtRw place = place(position, rw, rt, rtRw, checks);
        checks.throwIfAny();
        return new Draft(name.trim(), position, place, e164, email == null ? null : email.trim(), notifyBy, active);
    }

    private static RtRw place(ContactPosition position, String rwText, String rtText, String rtRwText,
            FieldChecks checks) {
        RtRw together = checks.check(() -> RtRw.parse("rtRw", rtRwText));
        Integer rw = together != null ? together.rw() : checks.check(() -> RtRw.number("rw", rwText));
        Integer rt = together != null ? together.rt() : checks.check(() -> RtRw.number("rt", rtText));
        // "given" even when malformed: its own error is enough, no "required" on top of it
        boolean togetherGiven = rtRwText != null && !rtRwText.isBlank();
        boolean rwTried = togetherGiven || (rwText != null && !rwText.isBlank());
        boolean rtTried = togetherGiven || (rtText != null && !rtText.isBlank());
        switch (position.neighbourhood()) {
            case NONE -> {
                reject(checks, "rw", rwTried, position);
                reject(checks, "rt", rtTried, position);
            }
            case RW -> {
                require(checks, "rw", rwTried, position);
                reject(checks, "rt", rtTried, position);
            }
            case RT -> {
                require(checks, "rw", rwTried, position);
                require(checks, "rt", rtTried, position);
            }
            case OPTIONAL -> {
                // either, both or none
            }
        }
        return new RtRw(rt, rw);
    }

    private static void require(FieldChecks checks, String field, boolean given, ContactPosition position) {
        if (!given) {
            checks.add(field, "contact.place.required", position);
        }
    }

    private static void reject(FieldChecks checks, String field, boolean given, ContactPosition position) {
        if (given) {
            checks.add(field, "contact.place.notFor", position);
        }
    }

    private void apply(Draft draft, KelurahanContact contact) {
        String headKey = headKey(contact.kelurahanCode, draft);
        requireOnlyHead(headKey, contact.id, draft); // before any change: a query would flush it
        contact.name = draft.name();
        contact.position = draft.position();
        contact.rw = draft.place().rw();
        contact.rt = draft.place().rt();
        contact.phone = draft.phone();
        contact.email = draft.email();
        contact.notifyBy = draft.notifyBy();
        contact.active = draft.active();
        contact.headKey = headKey;
        contact.sortKey = sortKey(draft);
        contact.updatedAt = clock.instant();
    }

    /** One active Ketua RW per RW and one active Ketua RT per RT of a kelurahan. */
    private static void requireOnlyHead(String headKey, UUID self, Draft draft) {
        if (headKey == null) {
            return;
        }
        KelurahanContact other = KelurahanContact.<KelurahanContact>find("headKey = ?1 and id <> ?2", headKey, self)
                .firstResult();
        if (other != null) {
            String place = draft.position() == ContactPosition.KETUA_RT ? draft.place().display()
                    : RtRw.pad(draft.place().rw());
            throw new ProblemException(ProblemType.CONFLICT, Message.of("contact.head.taken", draft.position(), place,
                    other.name)).with("existingContactId", other.id);
        }
    }

    private static String headKey(String kelurahanCode, Draft d) {
        if (!d.active()) {
            return null;
        }
        return switch (d.position()) {
            case KETUA_RW -> "RW:" + kelurahanCode + ":" + d.place().rw();
            case KETUA_RT -> "RT:" + kelurahanCode + ":" + d.place().rw() + ":" + d.place().rt();
            default -> null;
        };
    }

    /** Position order, then RW, then RT, then name: Lurah first, RT heads neighbourhood by neighbourhood. */
    private static String sortKey(Draft d) {
        String name = SearchText.fold(d.name());
        return d.position().ordinal() + "|" + Objects.requireNonNullElse(RtRw.pad(d.place().rw()), "000") + "|"
                + Objects.requireNonNullElse(RtRw.pad(d.place().rt()), "000") + "|"
                + name.substring(0, Math.min(name.length(), SORT_NAME_LENGTH));
    }

    private static List<String> changes(KelurahanContact c, Draft d) {
        List<String> changed = new ArrayList<>();
        addIf(changed, "name", c.name, d.name());
        addIf(changed, "position", c.position, d.position());
        addIf(changed, "rw", c.rw, d.place().rw());
        addIf(changed, "rt", c.rt, d.place().rt());
        addIf(changed, "phone", c.phone, d.phone());
        addIf(changed, "email", c.email, d.email());
        addIf(changed, "notifyBy", c.notifyBy, d.notifyBy());
        addIf(changed, "active", c.active, d.active());
        return changed;
    }

    private static void addIf(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static UUID cursorId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }
}
