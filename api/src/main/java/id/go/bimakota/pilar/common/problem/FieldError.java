package id.go.bimakota.pilar.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One wrong input: which field (JSON path or parameter name) and why, in the caller's language. */
@Schema(name = "FieldError", description = "One invalid input: the JSON path or parameter, and why")
public record FieldError(@Schema(required = true, examples = "address.kelurahanCode") String field,
        @Schema(required = true, examples = "must be a kelurahan code of Kota Bima") String message) {
}
