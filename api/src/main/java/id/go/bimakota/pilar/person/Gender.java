package id.go.bimakota.pilar.person;

/** Gender as printed on the KTP: {@code L} (laki-laki) or {@code P} (perempuan). */
public enum Gender {
    L,
    P
}
