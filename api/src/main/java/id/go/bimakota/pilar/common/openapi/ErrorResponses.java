package id.go.bimakota.pilar.common.openapi;

import id.go.bimakota.pilar.common.problem.Messages;
import id.go.bimakota.pilar.common.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem+json error responses of the contract: one shared component per status, and the rule of which
 * statuses an operation can give, read from the operation itself (its security, parameters, body, headers).
 * An operation that documents a status itself keeps its own description; it only gets the problem schema.
 */
final class ErrorResponses {

    static final String PROBLEM_JSON = "application/problem+json";

    /** Status → component name, problem type and what it means to an integrator. */
    private static final Map<String, Standard> STANDARD = new LinkedHashMap<>();

    static {
        add("400", "BadRequest", ProblemType.VALIDATION,
                "Invalid input: malformed JSON, a wrong type, an unknown enum value, a too-long string, a bad UUID or date. `errors` names every bad field at once.");
        add("401", "Unauthorized", ProblemType.UNAUTHORIZED,
                "No valid bearer token (missing, expired or revoked). Log in at POST /api/v1/auth/token or refresh.");
        add("403", "Forbidden", ProblemType.FORBIDDEN,
                "Logged in, but the role or scope (own pillar, own kelurahan) does not allow this.");
        add("404", "NotFound", ProblemType.NOT_FOUND, "No resource with this id or code.");
        add("406", "NotAcceptable", ProblemType.NOT_ACCEPTABLE,
                "The Accept header asks for a media type this operation cannot answer in.");
        add("409", "Conflict", ProblemType.CONFLICT,
                "Conflicts with the current data: an action the current state does not allow (the body names currentState and allowedActions), a duplicate, or a request with the same Idempotency-Key still running.");
        add("412", "PreconditionFailed", ProblemType.PRECONDITION_FAILED,
                "If-Match is stale: someone changed the resource. The body's `current` holds it as it is now; re-apply the change on it and send its ETag.");
        add("413", "PayloadTooLarge", ProblemType.PAYLOAD_TOO_LARGE,
                "The body is larger than allowed (1 MiB for JSON, 5 MiB for a CSV import).");
        add("415", "UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The body is not sent in the media type this operation takes.");
        add("422", "IdempotencyKeyReused", ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used with a different request: use a new key for a new request.");
        add("428", "PreconditionRequired", ProblemType.PRECONDITION_REQUIRED,
                "If-Match is missing: send the ETag of the version you read.");
        add("429", "TooManyRequests", ProblemType.TOO_MANY_REQUESTS,
                "Too many failed attempts: wait for the time given in Retry-After.");
        add("500", "InternalError", ProblemType.INTERNAL,
                "An error on the server's side. The body carries no internals, only a requestId that is also in the server log: quote it when you report it.");
    }

    private ErrorResponses() {
    }

    /** Puts the shared error responses that operations refer to into the components. */
    static void register(Components components, Set<String> statuses) {
        statuses.forEach(status -> components.addResponse(STANDARD.get(status).name(), STANDARD.get(status).response()));
    }

    /**
     * Gives the operation every error status it can answer with, each as problem+json, and adds the
     * statuses it refers to as shared components to {@code referenced}.
     */
    static void complete(String path, Operation operation, Set<String> referenced) {
        for (String status : statusesOf(path, operation)) {
            APIResponse own = operation.getResponses().getAPIResponse(status);
            Standard standard = STANDARD.get(status);
            if (own == null || own.getContent() == null && isDefaultDescription(own)) {
                operation.getResponses().addAPIResponse(status,
                        OASFactory.createAPIResponse().ref("#/components/responses/" + standard.name()));
                referenced.add(status);
            } else if (own.getRef() == null && own.getContent() == null) {
                own.content(Schemas.problemContent(standard.example()));
            }
        }
    }

    private static Set<String> statusesOf(String path, Operation operation) {
        Set<String> statuses = new TreeSet<>(operation.getResponses().getAPIResponses().keySet().stream()
                .filter(status -> status.startsWith("4") || status.startsWith("5")).toList());
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            statuses.add("400");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            statuses.add("401");
            statuses.add("403");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (hasBody) {
            statuses.add("413");
            statuses.add("415");
        }
        if (hasHeader(operation, ContractFilter.IDEMPOTENCY_KEY)) {
            statuses.add("409");
            statuses.add("422");
        }
        if (answersWithContent(operation)) {
            statuses.add("406");
        }
        if (hasHeader(operation, ContractFilter.IF_MATCH)) {
            statuses.add("412");
            statuses.add("428");
        } else if (hasOptionalIfMatch(operation)) {
            statuses.add("412");
        }
        statuses.add("500");
        return statuses;
    }

    static boolean hasHeader(Operation operation, String component) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .map(Parameter::getRef).anyMatch(("#/components/parameters/" + component)::equals);
    }

    private static boolean hasOptionalIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equals(parameter.getName()));
    }

    private static boolean answersWithContent(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
    }

    /** The descriptions SmallRye writes for 400/401/403 when nothing more is known. */
    private static boolean isDefaultDescription(APIResponse response) {
        return Set.of("Bad Request", "Not Authorized", "Not Allowed").contains(response.getDescription());
    }

    private static void add(String status, String name, ProblemType type, String description) {
        STANDARD.put(status, new Standard(name, type, description));
    }

    private record Standard(String name, ProblemType type, String description) {

        APIResponse response() {
            return OASFactory.createAPIResponse().description(description).content(Schemas.problemContent(example()));
        }

        Map<String, Object> example() {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", type.uri());
            example.put("title", Messages.get(Locale.ENGLISH, "problem." + type.slug()));
            example.put("status", type.status());
            String detail = Messages.get(Locale.ENGLISH, "problem." + type.slug() + ".detail");
            example.put("detail", detail.startsWith("problem.") ? description : detail);
            example.put("instance", "/api/v1/notices/3f8a1c2e-5b7d-4e91-a6c3-0d2b9e4f7a10");
            example.put("requestId", "5f0c9a1e7b2d4c3a");
            if (type == ProblemType.VALIDATION) {
                example.put("detail", "1 field is invalid");
                Map<String, Object> error = new LinkedHashMap<>(); // in the order of the answer, so the contract is stable
                error.put("field", "kelurahanCode");
                error.put("message", "must be a kelurahan code of Kota Bima, e.g. 52.72.03.1004");
                example.put("errors", java.util.List.of(error));
            }
            return example;
        }
    }
}
