package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.problem.FieldChecks;
import id.go.bimakota.pilar.common.web.Csv;
import id.go.bimakota.pilar.common.web.Enums;
import id.go.bimakota.pilar.common.problem.FieldError;
import id.go.bimakota.pilar.person.Gender;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.problem.Messages;
import id.go.bimakota.pilar.common.web.StrictJson;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.pillar.PillarDtos.ImportReport;
import id.go.bimakota.pilar.pillar.PillarDtos.ImportRow;
import id.go.bimakota.pilar.pillar.PillarDtos.NewPillar;
import id.go.bimakota.pilar.pillar.PillarDtos.RowStatus;
import id.go.bimakota.pilar.pillar.PillarRules.Draft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk onboarding from a CSV whose header names the JSON fields of a new pillar. Every row is checked
 * like a single create (and against the rows above it) before anything is written; then either all
 * valid rows are written, or, when the import is atomic and any row failed, none.
 */
@ApplicationScoped
public class PillarImport {

    /** The columns a file may have, in the documented order. */
    public static final List<String> COLUMNS = List.of("fullName", "type", "nik", "gender", "phone", "email",
            "kelurahanCodes", "kecamatanCode", "memberNumber", "originRegion", "joinedOn");
    private static final List<String> REQUIRED = List.of("fullName", "type", "phone");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One data row: its number, and the draft or what is wrong with it. */
    private record Candidate(int row, Draft draft, List<FieldError> errors) {
    }

    private final PillarRules rules;
    private final PillarService pillars;
    private final Validator validator;
    private final int maxRows;

    public PillarImport(PillarRules rules, PillarService pillars, Validator validator, PilarConfig config) {
        this.rules = rules;
        this.pillars = pillars;
        this.validator = validator;
        this.maxRows = config.imports().maxRows();
    }

    @Transactional
    public ImportReport run(String csv, boolean dryRun, boolean atomic, Locale locale) {
        List<List<String>> records = read(csv);
        List<String> header = header(records);
        if (records.size() < 2) {
            throw ProblemException.invalidField("body", "import.empty");
        }
        if (records.size() - 1 > maxRows) {
            throw ProblemException.invalidField("body", "import.tooManyRows", maxRows);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            candidates.add(check(i, header, records.get(i), locale));
        }
        markDuplicatesWithinFile(candidates, locale);
        boolean anyError = candidates.stream().anyMatch(c -> !c.errors().isEmpty());
        boolean write = !dryRun && !(atomic && anyError);
        List<ImportRow> rows = candidates.stream().map(c -> outcome(c, write)).toList();
        int created = (int) rows.stream().filter(r -> r.status() == RowStatus.CREATED).count();
        int failed = (int) rows.stream().filter(r -> r.status() == RowStatus.ERROR).count();
        return new ImportReport(dryRun, atomic, created > 0, created, failed, rows);
    }

    private List<List<String>> read(String csv) {
        try {
            List<List<String>> records = Csv.read(new StringReader(csv == null ? "" : csv));
            if (records.isEmpty()) {
                throw ProblemException.invalidField("body", "import.empty");
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** The header: known, unique column names including the required ones; every problem at once. */
    private static List<String> header(List<List<String>> records) {
        List<String> header = new ArrayList<>(records.get(0).stream().map(String::trim).toList());
        if (!header.isEmpty() && header.get(0).indexOf(BYTE_ORDER_MARK) == 0) {
            header.set(0, header.get(0).substring(1)); // Excel writes UTF-8 CSV with a byte order mark
        }
        FieldChecks checks = new FieldChecks();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                checks.add(column, "import.column.unknown", String.join(",", COLUMNS));
            } else if (header.indexOf(column) != header.lastIndexOf(column)) {
                checks.add(column, "import.column.repeated");
            }
        }
        REQUIRED.stream().filter(c -> !header.contains(c)).forEach(c -> checks.add(c, "import.column.missing"));
        checks.throwIfAny();
        return header;
    }

    private Candidate check(int row, List<String> header, List<String> values, Locale locale) {
        if (values.size() != header.size()) {
            return new Candidate(row, null, List.of(new FieldError("row",
                    Messages.get(locale, "import.row.width", values.size(), header.size()))));
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String value = values.get(i).trim();
            cells.put(header.get(i), value.isEmpty() ? null : value);
        }
        List<FieldError> unreadable = header.stream().filter(c -> cells.get(c) != null
                && StrictJson.hasControlCharacter(cells.get(c)))
                .map(c -> new FieldError(c, Messages.get(locale, "text.controlCharacter"))).toList();
        if (!unreadable.isEmpty()) {
            return new Candidate(row, null, unreadable);
        }
        FieldChecks checks = new FieldChecks();
        NewPillar input = parse(cells, checks);
        Draft draft = rules.draft(input, checks);
        if (checks.isEmpty()) {
            checks.addAll(rules.duplicates(draft, null));
        }
        List<FieldError> errors = new ArrayList<>(localized(checks.errors(), locale));
        // Bean Validation adds what the rules do not check (lengths, e-mail shape), once per column.
        validator.validate(input).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .filter(v -> errors.stream().noneMatch(e -> e.field().equals(v.field())))
                .forEach(errors::add);
        errors.sort(Comparator.comparing(e -> COLUMNS.indexOf(e.field())));
        return new Candidate(row, errors.isEmpty() ? draft : null, errors);
    }

    /** The cells as the JSON body of a create; unparseable cells are reported and left empty. */
    private static NewPillar parse(Map<String, String> c, FieldChecks checks) {
        String codes = c.get("kelurahanCodes");
        return new NewPillar(c.get("fullName"),
                checks.check(() -> Enums.parse(PillarType.class, "type", c.get("type"))),
                c.get("nik"),
                checks.check(() -> Enums.parse(Gender.class, "gender", c.get("gender"))),
                c.get("phone"), c.get("email"), c.get("memberNumber"), c.get("originRegion"),
                checks.check(() -> Times.parseDate("joinedOn", c.get("joinedOn"))),
                codes == null ? null
                        : Arrays.stream(codes.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                c.get("kecamatanCode"), null);
    }

    /** A NIK or phone that an earlier row of the same file already uses. */
    private static void markDuplicatesWithinFile(List<Candidate> candidates, Locale locale) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.draft() == null) {
                continue;
            }
            List<FieldError> errors = new ArrayList<>();
            repeated(firstRow, "nik", c.draft().nik(), c.row()).ifPresent(row ->
                    errors.add(new FieldError("nik", Messages.get(locale, "import.row.repeats", row))));
            repeated(firstRow, "phone", c.draft().phone(), c.row()).ifPresent(row ->
                    errors.add(new FieldError("phone", Messages.get(locale, "import.row.repeats", row))));
            if (!errors.isEmpty()) {
                candidates.set(i, new Candidate(c.row(), null, errors));
            }
        }
    }

    private static Optional<Integer> repeated(Map<String, Integer> firstRow, String field, String value,
            int row) {
        if (value == null) {
            return Optional.empty();
        }
        Integer earlier = firstRow.putIfAbsent(field + ":" + value, row);
        return Optional.ofNullable(earlier);
    }

    private ImportRow outcome(Candidate c, boolean write) {
        if (c.draft() == null) {
            return new ImportRow(c.row(), RowStatus.ERROR, null, c.errors());
        }
        if (!write) {
            return new ImportRow(c.row(), RowStatus.VALID, null, null);
        }
        return new ImportRow(c.row(), RowStatus.CREATED, pillars.insert(c.draft()).id, null);
    }

    private static List<FieldError> localized(List<Message.ForField> errors, Locale locale) {
        return errors.stream().map(e -> new FieldError(e.field(), Messages.get(locale, e.message()))).toList();
    }
}
