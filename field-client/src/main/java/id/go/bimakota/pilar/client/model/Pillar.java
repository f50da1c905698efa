package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered pillar. PSM, Fasilitator and Pendamping Sosial cover {@code kelurahanCodes}; a TKSK
 * covers {@code kecamatanCode}; Pordam and Tagana are city-wide, optionally with a home kecamatan.
 * {@code nik} is masked unless the caller may see it in full. {@code statusReason} says why a pillar
 * was deactivated or transferred out.
 */
public record Pillar(
        String id,
        String fullName,
        PillarType type,
        String nik,
        Gender gender,
        String phone,
        String email,
        String memberNumber,
        String originRegion,
        LocalDate joinedOn,
        PillarStatus status,
        String statusReason,
        List<String> kelurahanCodes,
        String kecamatanCode,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Pillar {
        kelurahanCodes = kelurahanCodes == null ? List.of() : List.copyOf(kelurahanCodes);
    }

    @Override
    public String toString() {
        return "Pillar[id=" + id + ", fullName=" + fullName + ", type=" + type + ", nik=" + Nik.mask(nik)
                + ", status=" + status + ", version=" + version + "]";
    }
}
