package id.go.bimakota.pilar.client.model;

/** Who did something, as a case timeline records it. */
public record Actor(String id, String username, Role role) {
}
