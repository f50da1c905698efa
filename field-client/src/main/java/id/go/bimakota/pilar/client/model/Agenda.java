package id.go.bimakota.pilar.client.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The field visits of a day or a range of days (WITA), grouped by kecamatan and kelurahan. */
public record Agenda(LocalDate from, LocalDate to, List<KecamatanGroup> kecamatan) {

    public Agenda {
        kecamatan = kecamatan == null ? List.of() : List.copyOf(kecamatan);
    }

    public record KecamatanGroup(String code, String name, List<KelurahanGroup> kelurahan) {

        public KecamatanGroup {
            kelurahan = kelurahan == null ? List.of() : List.copyOf(kelurahan);
        }
    }

    public record KelurahanGroup(String code, String name, List<Visit> notices) {

        public KelurahanGroup {
            notices = notices == null ? List.of() : List.copyOf(notices);
        }
    }

    /** One planned visit with its status and flags. */
    public record Visit(
            String id,
            String number,
            Integer rw,
            Integer rt,
            NoticePurpose purpose,
            Instant plannedStart,
            Instant plannedEnd,
            NoticeStatus status,
            String leadPillarName,
            boolean shortNotice,
            boolean awaitingAcknowledgement,
            boolean completedWithoutAcknowledgement) {
    }
}
