package id.go.bimakota.pilar.client.model;

/** A kelurahan of Kota Bima, e.g. {@code 52.72.03.1004} Kolo. */
public record Kelurahan(String code, String name, String kecamatanCode, String kecamatanName) {
}
