package id.go.bimakota.pilar.common;

/** Gender as printed on the KTP: {@code L} (laki-laki) or {@code P} (perempuan). */
public enum Gender {
    L,
    P
}
