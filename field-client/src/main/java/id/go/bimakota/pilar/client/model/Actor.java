package id.go.bimakota.pilar.client.model;

/** Who did something, as recorded in a history or timeline. */
public record Actor(String id, String username, String displayName, Role role) {
}
