package id.go.bimakota.pilar.client.model;

/** A pillar type with its Indonesian name, its group and the area it usually covers. */
public record PillarTypeInfo(PillarType code, String nameId, String group, String usualArea) {
}
