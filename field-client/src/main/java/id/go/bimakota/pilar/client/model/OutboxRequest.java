package id.go.bimakota.pilar.client.model;

/**
 * A request the outbox can hold: {@link NewNotice}, {@link NewCase}, {@link Acknowledgement},
 * {@link VisitReport}, {@link Cancellation} or {@link NewCaseNote}. It types
 * {@code OutboxItem.request()}; the outbox takes no other implementation.
 */
public interface OutboxRequest {
}
