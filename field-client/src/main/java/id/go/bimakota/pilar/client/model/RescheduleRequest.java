package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/** The kelurahan asks for another time. */
public record RescheduleRequest(Instant proposedStart, Instant proposedEnd, String reason) {
}
