package id.go.bimakota.pilar.client.model;

/** A note to add to a case. */
public record NewCaseNote(String text) implements OutboxRequest {
}
