package id.go.bimakota.pilar.client.model;

/** One invalid input: the field (JSON path or parameter name) and why, in the caller's language. */
public record FieldError(String field, String message) {
}
