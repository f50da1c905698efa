package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.area.RtRw;
import static id.go.bimakota.pilar.common.storage.Changes.set;

import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.common.storage.SearchText;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.ppkscase.CaseDtos.AddressPatch;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CasePatch;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Subject;
import id.go.bimakota.pilar.ppkscase.CaseDtos.SubjectPatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Applies the fields a PATCH sends (and the subject of a new case), naming what changed. */
@ApplicationScoped
public class CasePatcher {

    private final AreaDirectory areas;
    private final PpksCategories categories;
    private final CaseViews views;

    public CasePatcher(AreaDirectory areas, PpksCategories categories, CaseViews views) {
        this.areas = areas;
        this.categories = categories;
        this.views = views;
    }

    void setSubject(PpksCase c, Subject subject) {
        setName(c, subject.fullName());
        setNik(c, "subject.nik", subject.nik());
        c.subjectGender = subject.gender();
        c.subjectBirthDate = subject.birthDate();
        c.subjectEstimatedAge = subject.estimatedAge();
    }

    /** Checks If-Match, then applies the patch; returns the names of the changed fields. */
    List<String> apply(PpksCase c, String ifMatch, CasePatch patch) {
        Versions.requireMatch(ifMatch, c.version, () -> views.summary(c));
        List<String> changed = new ArrayList<>();
        if (patch.category() != null) {
            set(changed, "category", c.category, categories.require("category", patch.category()), v -> c.category = v);
        }
        if (patch.subject() != null) {
            applySubject(c, patch.subject(), changed);
        }
        if (patch.address() != null) {
            applyAddress(c, patch.address(), changed);
        }
        set(changed, "description", c.description, patch.description(), v -> c.description = v);
        set(changed, "urgency", c.urgency, patch.urgency(), v -> c.urgency = v);
        if (patch.source() != null) {
            String phone = patch.source().phone() == null ? null : Phones.normalize("source.phone", patch.source().phone());
            set(changed, "source.kind", c.sourceKind, patch.source().kind(), v -> c.sourceKind = v);
            set(changed, "source.name", c.sourceName, patch.source().name(), v -> c.sourceName = v);
            set(changed, "source.phone", c.sourcePhone, phone, v -> c.sourcePhone = v);
        }
        set(changed, "consentRecorded", c.consentRecorded, patch.consentRecorded(), v -> c.consentRecorded = v);
        set(changed, "consentDate", c.consentDate, patch.consentDate(), v -> c.consentDate = v);
        return changed;
    }

    private void applySubject(PpksCase c, SubjectPatch subject, List<String> changed) {
        if (subject.fullName() != null && !subject.fullName().equals(c.subjectFullName)) {
            setName(c, subject.fullName());
            changed.add("subject.fullName");
        }
        if (subject.nik() != null && !subject.nik().equals(c.subjectNik)) {
            setNik(c, "subject.nik", subject.nik());
            changed.add("subject.nik");
        }
        set(changed, "subject.gender", c.subjectGender, subject.gender(), v -> c.subjectGender = v);
        set(changed, "subject.birthDate", c.subjectBirthDate, subject.birthDate(), v -> c.subjectBirthDate = v);
        set(changed, "subject.estimatedAge", c.subjectEstimatedAge, subject.estimatedAge(),
                v -> c.subjectEstimatedAge = v);
    }

    private void applyAddress(PpksCase c, AddressPatch address, List<String> changed) {
        if (address.kelurahanCode() != null && !address.kelurahanCode().equals(c.kelurahanCode)) {
            KelurahanItem kelurahan = areas.requireKelurahan("address.kelurahanCode", address.kelurahanCode());
            c.kelurahanCode = kelurahan.code();
            c.kecamatanCode = kelurahan.kecamatanCode();
            changed.add("address.kelurahanCode");
        }
        set(changed, "address.rw", c.rw, RtRw.stored(address.rw()), v -> c.rw = v);
        set(changed, "address.rt", c.rt, RtRw.stored(address.rt()), v -> c.rt = v);
        set(changed, "address.street", c.street, address.street(), v -> c.street = v);
    }

    private static void setName(PpksCase c, String fullName) {
        c.subjectFullName = fullName.trim();
        c.subjectNameSearch = SearchText.fold(fullName);
    }

    private static void setNik(PpksCase c, String field, String nik) {
        if (nik != null) {
            Nik.require(field, nik);
        }
        c.subjectNik = nik;
    }

}
