package id.go.bimakota.pilar.client.model;

/** A contact to add to a kelurahan. {@code rw} and {@code rt} are required for RW and RT heads. */
public record NewContact(String name, ContactPosition position, Integer rw, Integer rt, String phone) {
}
