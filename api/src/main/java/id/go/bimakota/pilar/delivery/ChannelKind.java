package id.go.bimakota.pilar.delivery;

/** The channels a delivery can go by; {@code WHATSAPP} and {@code EMAIL} are also a person's preferences. */
public enum ChannelKind {
    WHATSAPP,
    EMAIL,
    WEBHOOK
}
