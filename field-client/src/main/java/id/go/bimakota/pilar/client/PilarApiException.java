package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.FieldError;
import id.go.bimakota.pilar.client.model.Problem;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A call that did not succeed: either the service answered with an RFC 9457 problem (then
 * {@link #status()} is the HTTP status and the title, detail and field messages are in the language
 * the client asked for), or it could not be reached at all ({@link #isNetworkError()}, status 0).
 */
public class PilarApiException extends RuntimeException {

    private static final String IDEMPOTENCY_IN_PROGRESS = "/problems/idempotency-in-progress";

    private final transient Problem problem;
    private final transient Duration retryAfter;

    /** The service answered with {@code problem}; {@code retryAfter} is its Retry-After header, if any. */
    public PilarApiException(Problem problem, Duration retryAfter) {
        super(describe(problem));
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** The service could not be reached, or the connection broke before a full answer arrived. */
    public PilarApiException(IOException cause) {
        super("Pilar Bima service not reachable: " + cause, cause);
        this.problem = null;
        this.retryAfter = null;
    }

    /** The HTTP status, or 0 when no answer arrived. */
    public int status() {
        return problem == null ? 0 : problem.status();
    }

    /** The stable problem type, e.g. {@code /problems/validation}; null for network errors. */
    public String problemType() {
        return problem == null ? null : problem.type();
    }

    public String title() {
        return problem == null ? null : problem.title();
    }

    public String detail() {
        return problem == null ? null : problem.detail();
    }

    /** Every invalid field at once, for validation problems; empty otherwise. */
    public List<FieldError> fieldErrors() {
        return problem == null ? List.of() : problem.errors();
    }

    /** The request id the service also wrote to its log: quote it when reporting a fault. */
    public String requestId() {
        return problem == null ? null : problem.requestId();
    }

    /** The full problem, including type-specific members such as {@code allowedActions}. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** How long the service asked the client to wait (HTTP Retry-After). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean isNetworkError() {
        return problem == null;
    }

    /**
     * Whether the same request may succeed later unchanged: network errors, 408, 429, 5xx, and a 409
     * because the same idempotency key is still being processed.
     */
    public boolean isRetryable() {
        int status = status();
        return isNetworkError() || status == 408 || status == 429 || status >= 500
                || (status == 409 && IDEMPOTENCY_IN_PROGRESS.equals(problemType()));
    }

    private static String describe(Problem problem) {
        StringBuilder message = new StringBuilder("HTTP ").append(problem.status());
        if (problem.type() != null) {
            message.append(' ').append(problem.type());
        }
        message.append(": ").append(problem.title());
        if (problem.detail() != null) {
            message.append(" (").append(problem.detail()).append(')');
        }
        for (FieldError error : problem.errors()) {
            message.append("; ").append(error.field()).append(": ").append(error.message());
        }
        return message.toString();
    }
}
