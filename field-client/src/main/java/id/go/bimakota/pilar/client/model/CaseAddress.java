package id.go.bimakota.pilar.client.model;

/** Where the subject of a case lives. */
public record CaseAddress(String kelurahanCode, Integer rw, Integer rt, String street) {
}
