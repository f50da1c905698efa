package id.go.bimakota.pilar.demo;

import static id.go.bimakota.pilar.demo.DemoDataSet.DARA;
import static id.go.bimakota.pilar.demo.DemoDataSet.JATIWANGI;
import static id.go.bimakota.pilar.demo.DemoDataSet.KOLO;
import static id.go.bimakota.pilar.demo.DemoDataSet.KUMBE;
import static id.go.bimakota.pilar.demo.DemoDataSet.LAMPE;
import static id.go.bimakota.pilar.demo.DemoDataSet.MELAYU;
import static id.go.bimakota.pilar.demo.DemoDataSet.NTOBO;
import static id.go.bimakota.pilar.demo.DemoDataSet.PARUGA;
import static id.go.bimakota.pilar.demo.DemoDataSet.PENARAGA;
import static id.go.bimakota.pilar.demo.DemoDataSet.RITE;
import static id.go.bimakota.pilar.demo.DemoDataSet.SAMBINAE;

import id.go.bimakota.pilar.demo.DemoActors.Actor;
import id.go.bimakota.pilar.demo.DemoDataSet.Cast;
import id.go.bimakota.pilar.notice.NoticeDtos;
import id.go.bimakota.pilar.notice.NoticeDtos.Acknowledgement;
import id.go.bimakota.pilar.notice.NoticeDtos.Cancellation;
import id.go.bimakota.pilar.notice.NoticeDtos.NewNotice;
import id.go.bimakota.pilar.notice.NoticeDtos.RescheduleRequest;
import id.go.bimakota.pilar.notice.NoticeEnums.Purpose;
import id.go.bimakota.pilar.notice.NoticeService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The notices of the demo data set: a week of field visits around today (WITA), in every state, with
 * three overlapping visits to Kolo tomorrow.
 *
 * <p>Every visit is filed and moved through the real notice service, as its lead and as the
 * kelurahan, with the service clock set to the moment each step would have happened (DemoActors):
 * the same rules, history, case timelines, overlap flags, live feed and audit as through the API,
 * and no rule of the workflow written twice.
 */
@ApplicationScoped
class DemoNotices {

    /** A visit starting sooner than this is written directly (the API takes starts up to 5 minutes late). */
    private static final Duration API_MARGIN = Duration.ofMinutes(2);

    /** What happens to a notice after it is filed. */
    sealed interface Step permits Acknowledge, AskReschedule, Reschedule, Cancel, Complete, Join {
    }

    /** By the kelurahan. */
    record Acknowledge(String by, String note) implements Step {
    }

    /** By the kelurahan. */
    record AskReschedule(Instant start, Instant end, String reason) implements Step {
    }

    /** By the lead. */
    record Reschedule(Instant start, Instant end, String note) implements Step {
    }

    /** By the lead. */
    record Cancel(String reason) implements Step {
    }

    /** By the lead, after the start. */
    record Complete(String outcome, int householdsVisited, boolean followUpNeeded) implements Step {
    }

    /** By another pillar with a demo login. */
    record Join(String pillarKey) implements Step {
    }

    /** One field visit of the data set. */
    static final class Visit {
        final String kelurahanCode;
        final Integer rw;
        final Integer rt;
        final String location;
        Instant start;
        Instant end;
        Purpose purpose;
        String description;
        String requests;
        String lead;
        List<String> team = List.of();
        String otherParticipants;
        List<String> cases = List.of();
        /** How long before the start it was filed (for visits written directly). */
        Duration filedBefore = Duration.ofDays(2);
        List<Step> steps = List.of();

        Visit(String kelurahanCode, Integer rw, Integer rt, String location) {
            this.kelurahanCode = kelurahanCode;
            this.rw = rw;
            this.rt = rt;
            this.location = location;
        }

        Visit when(Instant start, Duration length) {
            this.start = start;
            this.end = start.plus(length);
            return this;
        }

        Visit what(Purpose purpose, String description, String requests) {
            this.purpose = purpose;
            this.description = description;
            this.requests = requests;
            return this;
        }

        Visit who(String lead, String... team) {
            this.lead = lead;
            this.team = List.of(team);
            return this;
        }

        Visit others(String otherParticipants) {
            this.otherParticipants = otherParticipants;
            return this;
        }

        Visit cases(String... caseKeys) {
            this.cases = List.of(caseKeys);
            return this;
        }

        Visit filed(Duration beforeStart) {
            this.filedBefore = beforeStart;
            return this;
        }

        Visit then(Step... steps) {
            this.steps = List.of(steps);
            return this;
        }

        @Override
        public String toString() {
            return purpose + " in " + kelurahanCode + " at " + start;
        }
    }

    private final NoticeService notices;
    private final DemoActors actors;
    private final Clock clock;

    DemoNotices(NoticeService notices, DemoActors actors, Clock clock) {
        this.notices = notices;
        this.actors = actors;
        this.clock = clock;
    }

    /** Files every visit and takes its steps, in the order of their starts; answers how many. */
    int load(Cast cast) {
        List<Visit> visits = new ArrayList<>(visits(cast));
        visits.sort(Comparator.comparing(v -> v.start));
        Instant now = clock.instant();
        visits.forEach(v -> replay(cast, v, now));
        return visits.size();
    }

    private List<Visit> visits(Cast cast) {
        return List.of(
                // ---- the past week ----
                new Visit(KOLO, 2, 3, "Rumah Ibu Siti Hajar, Gg. Melati, RT 003/RW 002")
                        .when(cast.at(-6, 9, 0), Duration.ofHours(3))
                        .what(Purpose.VERIFICATION, "Verifikasi laporan lansia tinggal sendiri dari Ketua RT 003.",
                                "Mohon didampingi Ketua RT 003/RW 002.")
                        .who("psm-kolo", "ps-hamdan").cases("siti-hajar")
                        .then(new Acknowledge("Hj. Nurlaila, Kasi Kesos Kelurahan Kolo", "Ketua RT 003 siap mendampingi."),
                                new Complete("Ibu Siti Hajar (79 th) tinggal sendiri di rumah semi permanen dan kesulitan "
                                        + "membeli obat. Diusulkan bantuan ATENSI dan pendampingan rutin.", 2, true)),
                new Visit(MELAYU, 1, null, "Halaman Masjid Kelurahan Melayu")
                        .when(cast.at(-4, 8, 0), Duration.ofHours(3))
                        .what(Purpose.AID_DISTRIBUTION,
                                "Penyaluran paket sembako, terpal dan selimut untuk warga terdampak banjir rob.", null)
                        .who("tagana-ahmad", "tagana-kurniawan", "psm-melayu")
                        .others("2 staf Bidang Perlindungan dan Jaminan Sosial Dinas Sosial").cases("abdul-malik")
                        .filed(Duration.ofHours(15))
                        .then(new Complete("Bantuan diterima 14 KK; dua rumah perlu perbaikan atap.", 14, true)),
                new Visit(PARUGA, null, null, "Aula Kantor Lurah Paruga")
                        .when(cast.at(-3, 13, 0), Duration.ofHours(2))
                        .what(Purpose.SOCIALIZATION, "Sosialisasi pendaftaran DTKS dan layanan SLRT bagi Ketua RT/RW.",
                                "Mohon undangan untuk Ketua RT/RW se-Kelurahan Paruga.")
                        .who("psm-paruga", "fasilitator-mulyadin").filed(Duration.ofDays(3))
                        .then(new Acknowledge("Hj. Rostinah, Lurah Paruga", "Aula disiapkan."),
                                new Cancel("Aula dipakai untuk Musrenbang kelurahan; sosialisasi dijadwalkan ulang "
                                        + "bulan depan.")),
                new Visit(KOLO, 1, 1, "Rumah nenek ananda Putri, RT 001/RW 001")
                        .when(cast.at(-2, 9, 0), Duration.ofHours(2))
                        .what(Purpose.HOME_VISIT,
                                "Pendampingan anak putus sekolah dan asesmen kebutuhan keluarga.", null)
                        .who("ps-hamdan", "psm-kolo").cases("putri")
                        .then(new Acknowledge("Muhammad Taufik, Lurah Kolo", null),
                                new Complete("Anak bersedia kembali sekolah; nenek perlu bantuan seragam dan alat tulis. "
                                        + "Diusulkan PKH.", 1, true)),
                new Visit(NTOBO, 2, 1, "Kantor Lurah Ntobo (titik kumpul)")
                        .when(cast.at(-1, 10, 0), Duration.ofHours(2))
                        .what(Purpose.ASSESSMENT, "Asesmen korban KDRT bersama UPTD PPA.",
                                "Mohon kerahasiaan identitas korban dijaga.")
                        .who("ps-nursalam").others("Petugas UPTD PPA Kota Bima").cases("wahyuni")
                        .filed(Duration.ofHours(20))
                        .then(new Acknowledge("Kasi Kesos Kelurahan Ntobo", "Didampingi Kasi Kesos."),
                                new Complete("Korban dan dua anaknya aman di rumah keluarga; pendampingan psikososial "
                                        + "berlanjut.", 1, true)),
                // ---- today: filed through the API while still ahead, written directly once started ----
                new Visit(PENARAGA, 4, 2, "Rumah dampingan, RT 002/RW 004")
                        .when(cast.at(0, 8, 30), Duration.ofHours(3))
                        .what(Purpose.HOME_VISIT, "Pendampingan berobat rutin ke Puskesmas Penanae.", null)
                        .who("psm-penaraga").cases("rudi")
                        .then(new Acknowledge("Ernawati, Kasi Kesos Kelurahan Penaraga", null)),
                new Visit(KOLO, 1, 2, "Kantor Lurah Kolo")
                        .when(cast.at(0, 9, 0), Duration.ofHours(3))
                        .what(Purpose.VERIFICATION, "Pemutakhiran DTKS RW 001: verifikasi 12 KK usulan baru.",
                                "Mohon Ketua RW 001 hadir membawa daftar usulan.")
                        .who("fasilitator-firdaus")
                        .then(new Acknowledge("Hj. Nurlaila, Kasi Kesos Kelurahan Kolo", null)),
                new Visit(SAMBINAE, 2, null, "Kantor Lurah Sambinae")
                        .when(cast.at(0, 14, 0), Duration.ofHours(2))
                        .what(Purpose.MEETING, "Rapat koordinasi pendampingan anak berhadapan dengan hukum bersama "
                                + "keluarga dan tokoh masyarakat.", "Mohon Ketua RW 002 diundang.")
                        .who("tksk-mpunda", "psm-sambinae", "pordam-salahuddin").cases("fajar")
                        .filed(Duration.ofHours(10)),
                new Visit(JATIWANGI, null, null, "Kantor Lurah Jatiwangi")
                        .when(cast.at(0, 16, 0), Duration.ofMinutes(90))
                        .what(Purpose.MEETING, "Rapat koordinasi bulanan pilar sosial Kecamatan Asakota.", null)
                        .who("tksk-asakota", "psm-kolo", "psm-melayu", "fasilitator-firdaus", "ps-hamdan",
                                "tagana-kurniawan")
                        .filed(Duration.ofDays(3))
                        .then(new Acknowledge("Kasi Kesos Kelurahan Jatiwangi", "Ruang rapat disiapkan.")),
                // ---- tomorrow: three visits to Kolo at overlapping times ----
                new Visit(KOLO, 2, 3, "Rumah Ibu Siti Hajar, Gg. Melati, RT 003/RW 002")
                        .when(cast.at(1, 9, 0), Duration.ofHours(3))
                        .what(Purpose.HOME_VISIT, "Kunjungan lanjutan: penyerahan bantuan ATENSI untuk lansia dan "
                                + "asesmen penyandang disabilitas di RT 004.",
                                "Mohon didampingi Ketua RT 003/RW 002; mohon KK dan KTP keluarga disiapkan.")
                        .who("psm-kolo", "ps-hamdan").cases("siti-hajar", "ahmad-jaelani")
                        .then(new Acknowledge("Hj. Nurlaila, Kasi Kesos Kelurahan Kolo", "Ketua RT 003 akan mendampingi."),
                                new Join("tksk-asakota")),
                new Visit(KOLO, 2, null, "Sekretariat RW 002")
                        .when(cast.at(1, 10, 0), Duration.ofHours(3))
                        .what(Purpose.ASSESSMENT, "Asesmen PPKS RW 002 bersama Ketua RW: pendataan lansia dan "
                                + "penyandang disabilitas.", "Mohon Ketua RW 002 hadir.")
                        .who("tksk-asakota", "fasilitator-firdaus"),
                new Visit(KOLO, 2, null, "Posyandu Melati, RW 002")
                        .when(cast.at(1, 11, 0), Duration.ofHours(1))
                        .what(Purpose.SOCIALIZATION,
                                "Sosialisasi kesiapsiagaan banjir bagi kader posyandu dan warga bantaran sungai.", null)
                        .who("tagana-ahmad", "tagana-rahmawati")
                        .then(new AskReschedule(cast.at(2, 8, 0), cast.at(2, 9, 0),
                                "Posyandu Melati dipakai penimbangan balita pada jam itu; mohon dipindah ke lusa pagi.")),
                // ---- the coming days ----
                new Visit(KUMBE, 1, 3, "Rumah Ibu Nurul Hidayah, RT 003/RW 001")
                        .when(cast.at(2, 9, 0), Duration.ofHours(2))
                        .what(Purpose.HOME_VISIT,
                                "Asesmen perempuan rawan sosial ekonomi; pendataan usaha tenun tembe nggoli.", null)
                        .who("psm-kumbe").cases("nurul"),
                new Visit(LAMPE, null, null, "Kantor Lurah Lampe")
                        .when(cast.at(3, 8, 0), Duration.ofHours(4))
                        .what(Purpose.AID_DISTRIBUTION, "Penyaluran alat bantu bagi penyandang disabilitas.",
                                "Mohon daftar penerima diumumkan lewat Ketua RT.")
                        .who("ps-sukardin", "tksk-rasanae-timur")
                        .then(new Cancel("Bantuan dari Kementerian Sosial belum tiba di gudang Dinas Sosial; "
                                + "pemberitahuan baru menyusul.")),
                new Visit(PARUGA, 3, 1, "Rumah Ketua RT 001/RW 003")
                        .when(cast.at(4, 9, 0), Duration.ofHours(2))
                        .what(Purpose.VERIFICATION, "Verifikasi usulan bantuan rumah tidak layak huni (RTLH).",
                                "Mohon didampingi Ketua RT 001/RW 003.")
                        .who("psm-paruga", "fasilitator-mulyadin")
                        .then(new AskReschedule(cast.at(5, 13, 0), cast.at(5, 15, 0),
                                        "Lurah dan Kasi Kesos mengikuti rapat di kantor Wali Kota pagi itu."),
                                new Reschedule(cast.at(5, 13, 0), cast.at(5, 15, 0), "Disesuaikan dengan usulan kelurahan."),
                                new Acknowledge("Hj. Rostinah, Lurah Paruga", "Siap didampingi Ketua RT 001/RW 003.")),
                new Visit(RITE, null, null, "Balai pertemuan Kelurahan Rite")
                        .when(cast.at(5, 15, 30), Duration.ofHours(2))
                        .what(Purpose.SOCIALIZATION,
                                "Dialog damai pemuda Kelurahan Rite dan Ntobo setelah perkelahian antarkampung.",
                                "Mohon tokoh pemuda dan tokoh agama diundang.")
                        .who("pordam-salahuddin", "pordam-nurjannah", "tksk-raba"),
                new Visit(DARA, null, null, "Pasar Amahami")
                        .when(cast.at(6, 7, 0), Duration.ofHours(3))
                        .what(Purpose.OTHER, "Penjangkauan pengemis dan gelandangan di sekitar Pasar Amahami.", null)
                        .who("fasilitator-mulyadin", "tksk-rasanae-barat").others("Satpol PP Kota Bima"));
    }

    // ---------------------------------------------------------------------------------------------
    // Each visit through the notice service, every step at the moment it would have happened
    // ---------------------------------------------------------------------------------------------

    /**
     * Files the visit when it would have been filed ({@code filedBefore} its start, but not after now)
     * and takes its steps at plausible moments: the kelurahan answers within hours, a cancellation
     * comes later, a report after the visit; nothing after now.
     */
    private void replay(Cast cast, Visit v, Instant now) {
        Actor lead = cast.asPillar(v.lead);
        Actor kelurahan = cast.asKelurahan(v.kelurahanCode);
        Instant filed = min(v.start.minus(v.filedBefore), now);
        UUID id = actors.call(lead, filed, () -> notices.create(new NewNotice(v.kelurahanCode, v.rw, v.rt,
                v.location, v.start, v.end, v.purpose, v.description, v.requests, cast.pillar(v.lead),
                cast.pillars(v.team), v.otherParticipants, cast.cases(v.cases), null))).id();
        Duration ahead = Duration.between(filed, v.start);
        Instant last = filed;
        for (Step step : v.steps) {
            Instant at = min(max(last.plus(Duration.ofMinutes(1)), momentOf(step, filed, ahead, v)), now);
            last = at;
            if (step instanceof Acknowledge a) {
                actors.call(kelurahan, at, () -> notices.acknowledge(id, new Acknowledgement(a.by(), a.note())));
            } else if (step instanceof AskReschedule r) {
                actors.call(kelurahan, at, () -> notices.requestReschedule(id,
                        new RescheduleRequest(r.start(), r.end(), r.reason())));
            } else if (step instanceof Reschedule r) {
                actors.call(lead, at, () -> notices.reschedule(id, new NoticeDtos.Reschedule(r.start(), r.end(), r.note())));
            } else if (step instanceof Cancel c) {
                actors.call(lead, at, () -> notices.cancel(id, new Cancellation(c.reason())));
            } else if (step instanceof Complete c) {
                actors.call(lead, at, () -> notices.complete(id, new NoticeDtos.VisitReport(c.outcome(),
                        c.householdsVisited(), c.followUpNeeded(), null)));
            } else if (step instanceof Join j) {
                actors.call(cast.loginOf(j.pillarKey()), at, () -> notices.join(id));
            }
        }
    }

    /** When the step would have been taken, before clamping to the order of the steps and to now. */
    private static Instant momentOf(Step step, Instant filed, Duration ahead, Visit v) {
        if (step instanceof Complete) {
            return v.end.plus(Duration.ofMinutes(90));
        }
        if (step instanceof Cancel) {
            return filed.plus(ahead.multipliedBy(2).dividedBy(3));
        }
        return filed.plus(min(Duration.ofHours(3), ahead.dividedBy(3)));
    }

    private static <T extends Comparable<T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <T extends Comparable<T>> T max(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
