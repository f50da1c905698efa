package id.go.bimakota.pilar.client.model;

/** The kelurahan's "received": who acknowledged (name and position, e.g. "Hj. Siti Aminah, Kasi Kesos") and a note. */
public record Acknowledgement(String acknowledgedBy, String note) implements OutboxRequest {
}
