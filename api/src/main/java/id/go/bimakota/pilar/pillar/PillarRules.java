package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.common.problem.FieldChecks;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.person.Gender;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.person.Nik;
import id.go.bimakota.pilar.person.Phones;
import id.go.bimakota.pilar.common.storage.SearchText;
import id.go.bimakota.pilar.pillar.PillarDtos.NewPillar;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What makes a pillar record valid: normalised phone and NIK, the assignment its type needs, and
 * no other pillar with the same NIK or phone. Shared by create, update and the CSV import.
 */
@ApplicationScoped
public class PillarRules {

    /** A checked, normalised pillar, ready to be written. */
    public record Draft(String fullName, PillarType type, String nik, Gender gender, String phone, String email,
            String memberNumber, String originRegion, LocalDate joinedOn, SortedSet<String> kelurahanCodes,
            String kecamatanCode) {

        static Draft of(Pillar p) {
            return new Draft(p.fullName, p.type, p.nik, p.gender, p.phone, p.email, p.memberNumber, p.originRegion,
                    p.joinedOn, new TreeSet<>(p.kelurahanCodes), p.kecamatanCode);
        }

        void applyTo(Pillar p) {
            p.fullName = fullName;
            p.nameKey = SearchText.fold(fullName);
            p.type = type;
            p.nik = nik;
            p.gender = gender;
            p.phone = phone;
            p.email = email;
            p.memberNumber = memberNumber;
            p.originRegion = originRegion;
            p.joinedOn = joinedOn;
            p.kecamatanCode = kecamatanCode;
            p.kelurahanCodes.retainAll(kelurahanCodes);
            p.kelurahanCodes.addAll(kelurahanCodes);
        }

        /** The names of the fields that are set: what a create writes. */
        List<String> presentFields() {
            return fieldsWhere((mine, unused) -> mine != null && !(mine instanceof Set<?> s && s.isEmpty()), this);
        }

        /** The names of the fields that differ from {@code other}: what an update changes. */
        List<String> changedFrom(Draft other) {
            return fieldsWhere((mine, theirs) -> !Objects.equals(mine, theirs), other);
        }

        private List<String> fieldsWhere(java.util.function.BiPredicate<Object, Object> test, Draft other) {
            List<String> fields = new ArrayList<>();
            for (RecordComponent component : Draft.class.getRecordComponents()) {
                if (test.test(value(component, this), value(component, other))) {
                    fields.add(component.getName());
                }
            }
            return fields;
        }

        private static Object value(RecordComponent component, Draft draft) {
            try {
                return component.getAccessor().invoke(draft);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final AreaDirectory areas;

    public PillarRules(AreaDirectory areas) {
        this.areas = areas;
    }

    /** Checks and normalises {@code in}; every problem goes to {@code checks}, so the draft may be partial. */
    public Draft draft(NewPillar in, FieldChecks checks) {
        String fullName = trimToNull(in.fullName());
        if (fullName == null) {
            checks.add("fullName", "required");
        }
        String nik = trimToNull(in.nik());
        if (nik != null) {
            checks.run(() -> Nik.require("nik", nik));
        }
        String phone = in.phone() == null || in.phone().isBlank() ? null
                : checks.check(() -> Phones.normalize("phone", in.phone()));
        if (in.phone() == null || in.phone().isBlank()) {
            checks.add("phone", "required");
        }
        if (in.type() == null && !checks.has("type")) {
            checks.add("type", "required");
        }
        SortedSet<String> kelurahan = kelurahan(in.type(), in.kelurahanCodes(), checks);
        String kecamatan = kecamatan(in.type(), trimToNull(in.kecamatanCode()), checks);
        return new Draft(fullName, in.type(), nik, in.gender(), phone, trimToNull(in.email()),
                trimToNull(in.memberNumber()), trimToNull(in.originRegion()), in.joinedOn(), kelurahan, kecamatan);
    }

    /** Another pillar already holding this NIK or phone, as field errors (409 for the API, row errors for imports). */
    public List<Message.ForField> duplicates(Draft draft, UUID except) {
        List<Message.ForField> found = new ArrayList<>();
        if (draft.nik() != null && takenByOther("nik", draft.nik(), except)) {
            found.add(new Message.ForField("nik", Message.of("pillar.duplicate.nik")));
        }
        if (draft.phone() != null && takenByOther("phone", draft.phone(), except)) {
            found.add(new Message.ForField("phone", Message.of("pillar.duplicate.phone", draft.phone())));
        }
        return found;
    }

    private static boolean takenByOther(String column, String value, UUID except) {
        return except == null ? Pillar.count(column, value) > 0
                : Pillar.count(column + " = ?1 and id <> ?2", value, except) > 0;
    }

    private SortedSet<String> kelurahan(PillarType type, List<String> codes, FieldChecks checks) {
        SortedSet<String> valid = new TreeSet<>();
        boolean given = codes != null && !codes.isEmpty();
        if (type == null) {
            return valid;
        }
        if (type.coverage() != PillarType.Coverage.KELURAHAN) {
            if (given) {
                checks.add("kelurahanCodes", "pillar.assignment.noKelurahan", type, type.coverage());
            }
            return valid;
        }
        if (!given) {
            checks.add("kelurahanCodes", "pillar.assignment.kelurahanRequired", type);
            return valid;
        }
        for (String code : codes) {
            String trimmed = code == null ? null : code.trim();
            if (checks.check(() -> areas.requireKelurahan("kelurahanCodes", trimmed)) != null) {
                valid.add(trimmed);
            }
        }
        return valid;
    }

    private String kecamatan(PillarType type, String code, FieldChecks checks) {
        if (type == null) {
            return code;
        }
        if (type.coverage() == PillarType.Coverage.KELURAHAN) {
            if (code != null) {
                checks.add("kecamatanCode", "pillar.assignment.noKecamatan", type);
            }
            return null;
        }
        if (code == null) {
            if (type.coverage() == PillarType.Coverage.KECAMATAN) {
                checks.add("kecamatanCode", "pillar.assignment.kecamatanRequired", type);
            }
            return null;
        }
        return checks.check(() -> areas.requireKecamatan("kecamatanCode", code));
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
