package id.go.bimakota.pilar.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by services for any expected failure; the problem mapper turns it into a localized
 * problem+json answer. Messages are keys of {@code i18n/messages}, resolved per request language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Message detail;
    private final List<Message.ForField> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, Message detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, Message detail, List<Message.ForField> errors) {
        // No stack trace: these are expected outcomes, not bugs, and they are frequent.
        super(type.slug() + ": " + detail.key(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** A 400 naming one invalid field. */
    public static ProblemException invalidField(String field, String messageKey, Object... args) {
        return invalidFields(List.of(new Message.ForField(field, Message.of(messageKey, args))));
    }

    /** A 400 naming every invalid field at once. */
    public static ProblemException invalidFields(List<Message.ForField> errors) {
        return new ProblemException(ProblemType.VALIDATION, Message.of("validation.detail", errors.size()), errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.detail", what, id));
    }

    /** Adds a problem-specific member, e.g. {@code allowedActions}. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After}. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemType type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    public List<Message.ForField> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
