package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.Case;
import id.go.bimakota.pilar.client.model.CaseAssignment;
import id.go.bimakota.pilar.client.model.CasePatch;
import id.go.bimakota.pilar.client.model.CaseQuery;
import id.go.bimakota.pilar.client.model.CaseTransition;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewCaseNote;
import id.go.bimakota.pilar.client.model.PpksCategory;
import id.go.bimakota.pilar.client.model.TimelineEntry;
import java.util.List;
import java.util.Map;

/** PPKS cases from report to closure. To report offline, use {@link Outbox#enqueue(NewCase)}. */
public final class CasesApi {

    private final PilarService service;
    private final Http http;

    CasesApi(PilarService service, Http http) {
        this.service = service;
        this.http = http;
    }

    /** The 26 PPKS categories in official order (open reference data). */
    public List<PpksCategory> categories() {
        return http.all(service::ppksCategories);
    }

    public Page<Case> list() {
        return http.page(Map.of(), service::cases);
    }

    public Page<Case> list(CaseQuery query) {
        return http.page(query.parameters(), service::cases);
    }

    public Case get(String id) {
        return http.call(service.caseById(id));
    }

    /**
     * Reports a case; 409 when the subject's NIK already has an open case in the same category; the
     * answer lists {@code possibleDuplicates} in other categories. A request whose answer was lost may
     * have been applied: prefer {@link Outbox#enqueue(NewCase)}, whose retries are safe.
     */
    public Case create(NewCase newCase) {
        return http.call(service.createCase(newCase));
    }

    /** {@code version} is the one the change is based on; a newer one on the service fails with 412. */
    public Case update(String id, long version, CasePatch patch) {
        return http.call(service.updateCase(id, Http.ifMatch(version), patch));
    }

    /** Moves the case through its workflow; 409 names the allowed actions when this one is not. */
    public Case transition(String id, CaseTransition transition) {
        return http.call(service.transition(id, transition));
    }

    public Case assign(String id, CaseAssignment assignment) {
        return http.call(service.assign(id, assignment));
    }

    /** Adds a note (lead and supporting pillars, ADMIN); answers the note as it appears on the timeline. */
    public TimelineEntry addNote(String id, String text) {
        return http.call(service.addNote(id, new NewCaseNote(text)));
    }

    /** Everything that happened to the case, oldest first. */
    public Page<TimelineEntry> timeline(String id) {
        return http.page(Map.of(), query -> service.timeline(id, query));
    }
}
