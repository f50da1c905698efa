package id.go.bimakota.pilar.client.model;

/** One of the 26 PPKS categories of Permensos No. 08 Tahun 2012, in official order. */
public record PpksCategory(String code, int ordinal, String nameId, String description) {
}
