package id.go.bimakota.pilar.client.model;

/** Who reported a case, and how to reach them. */
public record CaseSource(SourceKind kind, String name, String phone) {
}
