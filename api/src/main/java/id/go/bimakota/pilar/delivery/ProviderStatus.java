package id.go.bimakota.pilar.delivery;

/** A status a provider reports after the send (WhatsApp's status webhook), in the order it can only move forward. */
public enum ProviderStatus {
    SENT,
    DELIVERED,
    READ,
    FAILED
}
