package id.go.bimakota.pilar.common.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every invalid field of one input instead of stopping at the first, so a 400 (or an import
 * row) names them all at once. Reuses the single-field checks that throw (Nik, Phones, AreaDirectory).
 */
public final class FieldChecks {

    private final List<Message.ForField> errors = new ArrayList<>();

    /** The value {@code check} returns, or null when it rejected the field (the error is kept). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION || e.errors().isEmpty()) {
                throw e;
            }
            errors.addAll(e.errors());
            return null;
        }
    }

    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    public void add(String field, String messageKey, Object... args) {
        errors.add(new Message.ForField(field, Message.of(messageKey, args)));
    }

    public void addAll(List<Message.ForField> more) {
        errors.addAll(more);
    }

    /** Whether {@code field} already has an error: one message per field is enough. */
    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Message.ForField> errors() {
        return List.copyOf(errors);
    }

    /** A 400 naming every collected field, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
