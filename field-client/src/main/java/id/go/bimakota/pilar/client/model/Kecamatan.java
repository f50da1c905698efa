package id.go.bimakota.pilar.client.model;

/** A kecamatan of Kota Bima, e.g. {@code 52.72.03} Asakota. */
public record Kecamatan(String code, String name, int kelurahanCount) {
}
