package id.go.bimakota.pilar.client.model;

/** Another case a new one may duplicate (same NIK in another category). */
public record CaseSummary(String id, String number, String category, CaseStatus status) {
}
