package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/** A note on a case. */
public record CaseNote(String id, String text, Actor author, Instant createdAt) {
}
