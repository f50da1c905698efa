package id.go.bimakota.pilar.common;

/** One wrong input: which field (JSON path or parameter name) and why, in the caller's language. */
public record FieldError(String field, String message) {
}
