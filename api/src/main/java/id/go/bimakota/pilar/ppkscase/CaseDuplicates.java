package id.go.bimakota.pilar.ppkscase;

import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.ppkscase.CaseDtos.CaseRef;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The duplicate check of a new report, by NIK and, where one of the two has no NIK, by name and birth date. It answers only about open
 * cases the reporter may read: one of the same NIK and category refuses the report (409 naming it),
 * the others are listed. A match the reporter may not read is never named and never refuses: the report
 * is created with {@code duplicateReview: PENDING} for the Dinas, after the same queries and checks
 * as any other report, so neither the answer nor its timing tells that such a case exists.
 */
@RequestScoped
class CaseDuplicates {

    /** What the reporter may learn, and whether the Dinas must look. */
    record Found(List<CaseRef> readable, boolean needsReview) {
    }

    private static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();

    private final CaseAccess access;

    CaseDuplicates(CaseAccess access) {
        this.access = access;
    }

    Found check(PpksCase c) {
        if (c.subjectNik == null && c.subjectBirthDate == null) {
            return new Found(List.of(), false);
        }
        // Two queries whatever they find, and no lazy loading of the matches: a hidden match costs
        // what no match does.
        List<PpksCase> matches = openMatches(c);
        Set<UUID> mayRead = access.readableAmongAtConstantCost(matches.stream().map(m -> m.id).toList());
        List<CaseRef> readable = new ArrayList<>();
        boolean hidden = false;
        PpksCase refusing = null;
        for (PpksCase other : matches) {
            if (!mayRead.contains(other.id)) {
                hidden = true;
            } else if (refusing == null && other.category.equals(c.category) && c.subjectNik != null
                    && c.subjectNik.equals(other.subjectNik)) {
                refusing = other;
            } else {
                readable.add(CaseViews.ref(other));
            }
        }
        if (refusing != null) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("case.duplicate", refusing.number))
                    .with("existingCaseId", refusing.id).with("existingCaseNumber", refusing.number);
        }
        return new Found(readable, hidden);
    }

    private static List<PpksCase> openMatches(PpksCase c) {
        Parameters params = Parameters.with("open", OPEN);
        List<String> same = new ArrayList<>();
        if (c.subjectNik != null) {
            same.add("subjectNik = :nik");
            params.and("nik", c.subjectNik);
        }
        if (c.subjectBirthDate != null) {
            // two different NIKs are two people, whatever their names and birth dates
            same.add("(subjectNameSearch = :name and subjectBirthDate = :birth"
                    + (c.subjectNik == null ? ")" : " and subjectNik is null)"));
            params.and("name", c.subjectNameSearch).and("birth", c.subjectBirthDate);
        }
        return PpksCase.list("status in :open and (" + String.join(" or ", same) + ") order by createdAt, id", params);
    }
}
