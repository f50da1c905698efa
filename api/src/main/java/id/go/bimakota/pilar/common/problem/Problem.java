package id.go.bimakota.pilar.common.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, as every 4xx and 5xx answer of the API carries. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details. Some problems add members: currentState and "
        + "allowedActions (409 invalid-state), current and currentVersion (412), existingContactId and the like (409).")
public record Problem(
        @Schema(examples = "/problems/validation", required = true) String type,
        @Schema(examples = "Invalid request", required = true) String title,
        @Schema(examples = "400", required = true) int status,
        @Schema(examples = "2 fields are invalid") String detail,
        @Schema(examples = "/api/v1/areas/kelurahan/abc") String instance,
        @Schema(description = "Id of the request, also in the server log", examples = "5f0c9a1e7b2d4c3a")
        String requestId,
        @Schema(description = "Every invalid field at once") List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    /** Problem-specific members (e.g. {@code allowedActions}) are written at the top level. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
