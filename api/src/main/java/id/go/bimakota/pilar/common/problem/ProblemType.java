package id.go.bimakota.pilar.common.problem;

/**
 * The stable problem types of the API (RFC 9457 {@code type}). The slug is part of the contract:
 * clients switch on it, so add new ones but never rename.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request"),
    VALIDATION(400, "validation"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    INVALID_STATE(409, "invalid-state"),
    IDEMPOTENCY_IN_PROGRESS(409, "idempotency-in-progress"),
    LENGTH_REQUIRED(411, "length-required"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal"),
    UNAVAILABLE(503, "unavailable");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    /** The type a bare HTTP status maps to when nothing more specific is known. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
