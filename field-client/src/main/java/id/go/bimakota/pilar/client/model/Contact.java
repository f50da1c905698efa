package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/**
 * A person to reach at a kelurahan: the lurah, the Kasi Kesos, or the head of an RW or RT.
 * {@code rw} and {@code rt} come zero-padded ({@code "002"}); {@code rtRw} is both as printed on a
 * KTP ({@code "001/002"}, RT first) when both are set.
 */
public record Contact(
        String id,
        String kelurahanCode,
        String name,
        ContactPosition position,
        String rw,
        String rt,
        String rtRw,
        String phone,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
