package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/**
 * A user account. {@code pillarId} is set for {@link Role#PILLAR}, {@code kelurahanCode} for
 * {@link Role#KELURAHAN}. {@code active}, the times and {@code version} come with
 * {@code auth().me()} only; the login answer leaves them null.
 */
public record User(
        String id,
        String username,
        String displayName,
        Role role,
        String pillarId,
        String kelurahanCode,
        Boolean active,
        Instant createdAt,
        Instant updatedAt,
        Long version) {
}
