package id.go.bimakota.pilar.client.model;

/** Why a notice was cancelled. */
public record Cancellation(String reason) implements OutboxRequest {
}
