package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.area.RtRw;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Actor;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Address;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CaseRef;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CaseView;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Source;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Subject;
import id.go.bimakota.pilar.ppkscase.CaseDtos.TimelineEntry;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns cases into what the caller may see: the NIK in full only for those who handle the case
 * (each such read is audited), and for kelurahan officers no description, street or reporter.
 */
@RequestScoped
public class CaseViews {

    private final CaseAccess access;
    private final AuditLog audit;

    public CaseViews(CaseAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    /** A list item: NIK always masked, so listing never reads personal data in full. */
    public CaseView summary(PpksCase c) {
        return view(c, false, List.of());
    }

    /** One case as its reader may see it; a full-NIK read is audited (call inside a transaction). */
    public CaseView detail(PpksCase c, List<CaseRef> possibleDuplicates) {
        boolean fullNik = c.subjectNik != null && access.canSeeDetails(c);
        if (fullNik) {
            audit.record(AuditLog.NIK_READ, "Case", c.id, List.of("subject.nik"));
        }
        return view(c, fullNik, possibleDuplicates);
    }

    private CaseView view(PpksCase c, boolean fullNik, List<CaseRef> possibleDuplicates) {
        boolean restricted = access.isKelurahan();
        String nik = c.subjectNik == null ? null : fullNik ? c.subjectNik : Nik.mask(c.subjectNik);
        Subject subject = new Subject(c.subjectFullName, nik, c.subjectGender,
                restricted ? null : c.subjectBirthDate, c.subjectEstimatedAge);
        Address address = new Address(c.kelurahanCode, RtRw.shown(c.rw), RtRw.shown(c.rt), restricted ? null : c.street);
        Source source = restricted ? null : new Source(c.sourceKind, c.sourceName, c.sourcePhone);
        return new CaseView(c.id, c.number, c.category, subject, address, restricted ? null : c.description,
                c.urgency, source, c.consentRecorded, c.consentDate, c.status, c.referredTo, c.leadPillarId,
                Set.copyOf(c.supportPillarIds), allowedActions(c), possibleDuplicates,
                access.isAdmin() ? c.duplicateReview : null, c.createdAt, c.updatedAt, c.version);
    }

    public List<String> allowedActions(PpksCase c) {
        return Arrays.stream(CaseAction.values()).filter(a -> a.allowedFrom(c.status) && access.mayTake(a, c))
                .map(CaseAction::code).toList();
    }

    public static TimelineEntry entry(CaseEvent e) {
        Actor actor = e.actorUsername == null ? null : new Actor(e.actorId, e.actorUsername, e.actorRole);
        return new TimelineEntry(e.id, e.at, e.type, e.action, e.fromStatus, e.toStatus, e.note, e.referredTo,
                e.noticeId, e.noticeNumber, actor);
    }

    static CaseRef ref(PpksCase c) {
        return new CaseRef(c.id, c.number, c.category, c.status);
    }

}
