package id.go.bimakota.pilar.client.model;

/** A user account. {@code pillarId} is set for {@link Role#PILLAR}, {@code kelurahanCode} for {@link Role#KELURAHAN}. */
public record User(
        String id,
        String username,
        String displayName,
        Role role,
        String pillarId,
        String kelurahanCode) {
}
