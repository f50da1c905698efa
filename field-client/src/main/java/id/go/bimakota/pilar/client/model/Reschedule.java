package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/** The lead sets new times after a reschedule request; the notice goes back to SUBMITTED. */
public record Reschedule(Instant plannedStart, Instant plannedEnd, String note) {
}
