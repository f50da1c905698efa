package id.go.bimakota.pilar.client.model;

import java.time.LocalDate;

/** The person a case is about. Give {@code birthDate} when known, {@code estimatedAge} otherwise. */
public record CaseSubject(String fullName, String nik, Gender gender, LocalDate birthDate, Integer estimatedAge) {

    @Override
    public String toString() {
        return "CaseSubject[fullName=" + fullName + ", nik=" + Nik.mask(nik) + ", gender=" + gender + "]";
    }
}
