package id.go.bimakota.pilar.client.model;

/** A person to reach at a kelurahan: the lurah, the Kasi Kesos, or the head of an RW or RT. */
public record Contact(
        String id,
        String kelurahanCode,
        String name,
        ContactPosition position,
        Integer rw,
        Integer rt,
        String phone,
        boolean active,
        long version) {
}
