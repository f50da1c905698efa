package id.go.bimakota.pilar.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body, as the service answers every 4xx and 5xx. Members the service
 * adds for one problem type (for example {@code allowedActions} on an invalid state, or the current
 * resource on a stale {@code If-Match}) are kept in {@link #extensions()}.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }
}
