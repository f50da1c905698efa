package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.util.List;

/**
 * A person to reach at a kelurahan: the lurah, the Kasi Kesos, or the head of an RW or RT.
 * {@code rw} and {@code rt} come zero-padded ({@code "002"}); {@code rtRw} is both as printed on a
 * KTP ({@code "001/002"}, RT first) when both are set. {@code notifyBy} are the channels the service
 * tells the contact by (empty: not at all); {@code email} may be null.
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
        String email,
        List<NotifyBy> notifyBy,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Contact {
        notifyBy = notifyBy == null ? List.of() : List.copyOf(notifyBy);
    }

    /** The shape of earlier versions, without the notification fields. */
    public Contact(String id, String kelurahanCode, String name, ContactPosition position, String rw, String rt,
            String rtRw, String phone, boolean active, Instant createdAt, Instant updatedAt, long version) {
        this(id, kelurahanCode, name, position, rw, rt, rtRw, phone, null, List.of(), active, createdAt, updatedAt,
                version);
    }
}
