package id.go.bimakota.pilar.demo;

import static id.go.bimakota.pilar.demo.DemoActors.SYSTEM;

import id.go.bimakota.pilar.account.AccountDtos.NewUser;
import id.go.bimakota.pilar.account.AccountDtos.UserView;
import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.account.User;
import id.go.bimakota.pilar.account.UserService;
import id.go.bimakota.pilar.area.ContactDtos.NewContact;
import id.go.bimakota.pilar.area.ContactPosition;
import id.go.bimakota.pilar.person.NotifyBy;
import id.go.bimakota.pilar.area.ContactService;
import id.go.bimakota.pilar.audit.AuditLog;
import id.go.bimakota.pilar.person.Gender;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.demo.DemoActors.Actor;
import id.go.bimakota.pilar.pillar.PillarDtos.Deactivation;
import id.go.bimakota.pilar.pillar.PillarDtos.NewAccount;
import id.go.bimakota.pilar.pillar.PillarDtos.NewPillar;
import id.go.bimakota.pilar.pillar.PillarService;
import id.go.bimakota.pilar.pillar.PillarType;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Address;
import id.go.bimakota.pilar.ppkscase.CaseDtos.NewCase;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Source;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Subject;
import id.go.bimakota.pilar.ppkscase.CaseDtos.Transition;
import id.go.bimakota.pilar.ppkscase.CaseEnums.SourceKind;
import id.go.bimakota.pilar.ppkscase.CaseEnums.Urgency;
import id.go.bimakota.pilar.ppkscase.CaseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The Kota Bima demo data set. Pillars, logins, contacts and cases go through the real services
 * (every rule, normalisation, audit row and timeline entry applies), each step done by whoever would
 * do it: the pillar or kelurahan with a demo login, otherwise the Dinas ({@link DemoActors#SYSTEM}).
 * Cases are then dated back to when they "were" reported, so lists, timelines and reports look like
 * the last few weeks of work. Notices are in {@link DemoNotices}.
 *
 * <p>All names, NIKs and phone numbers are invented.
 */
@ApplicationScoped
class DemoDataSet {

    record Login(String username, String role, String description) {
    }

    record Summary(int pillars, int contacts, int cases, int notices, List<Login> logins) {
    }

    // Kelurahan (Kemendagri codes, see reference/kota-bima-wilayah.csv)
    static final String PARUGA = "52.72.01.1001";
    static final String TANJUNG = "52.72.01.1004";
    static final String DARA = "52.72.01.1014";
    static final String KUMBE = "52.72.02.1004";
    static final String LAMPE = "52.72.02.1008";
    static final String DODU = "52.72.02.1009";
    static final String KODO = "52.72.02.1018";
    static final String MELAYU = "52.72.03.1001";
    static final String JATIWANGI = "52.72.03.1002";
    static final String JATIBARU = "52.72.03.1003";
    static final String KOLO = "52.72.03.1004";
    static final String JATIBARU_TIMUR = "52.72.03.1005";
    static final String ULE = "52.72.03.1006";
    static final String PENARAGA = "52.72.04.1001";
    static final String NTOBO = "52.72.04.1005";
    static final String RITE = "52.72.04.1009";
    static final String MONGGONAO = "52.72.05.1001";
    static final String SANTI = "52.72.05.1003";
    static final String SAMBINAE = "52.72.05.1004";
    static final String MATAKANDO = "52.72.05.1010";
    // Kecamatan
    static final String RASANAE_BARAT = "52.72.01";
    static final String RASANAE_TIMUR = "52.72.02";
    static final String ASAKOTA = "52.72.03";
    static final String RABA = "52.72.04";
    static final String MPUNDA = "52.72.05";

    /**
     * Who is who in this data set: pillar and case ids by a short key, the demo logins, and "today"
     * (WITA) fixed once, so every date of the data set is relative to the same day.
     */
    static final class Cast {
        final LocalDate today;
        private final Map<String, UUID> pillarIds = new HashMap<>();

        Cast(LocalDate today) {
            this.today = today;
        }

        private final Map<String, Actor> pillarLogins = new HashMap<>();
        private final Map<String, Actor> kelurahanLogins = new HashMap<>();
        private final Map<String, UUID> caseIds = new HashMap<>();
        final List<Login> logins = new ArrayList<>();

        UUID pillar(String key) {
            return Objects.requireNonNull(pillarIds.get(key), () -> "no demo pillar " + key);
        }

        Set<UUID> pillars(List<String> keys) {
            Set<UUID> ids = new LinkedHashSet<>();
            keys.forEach(k -> ids.add(pillar(k)));
            return ids;
        }

        UUID caseId(String key) {
            return Objects.requireNonNull(caseIds.get(key), () -> "no demo case " + key);
        }

        Set<UUID> cases(List<String> keys) {
            Set<UUID> ids = new LinkedHashSet<>();
            keys.forEach(k -> ids.add(caseId(k)));
            return ids;
        }

        /** The pillar's own login if it has one, otherwise the Dinas acting on its behalf. */
        Actor asPillar(String key) {
            return pillarLogins.getOrDefault(key, SYSTEM);
        }

        Actor asPillar(UUID pillarId) {
            return pillarLogins.values().stream().filter(a -> pillarId.equals(a.pillarId())).findFirst().orElse(SYSTEM);
        }

        /** The pillar's own login; for steps only a PILLAR user can take (join). */
        Actor loginOf(String pillarKey) {
            return Objects.requireNonNull(pillarLogins.get(pillarKey), () -> pillarKey + " has no demo login");
        }

        /** The kelurahan's officer if it has a demo login, otherwise the Dinas on its behalf. */
        Actor asKelurahan(String code) {
            return kelurahanLogins.getOrDefault(code, SYSTEM);
        }

        /** An instant on {@code today + dayOffset} at {@code hh:mm} WITA. */
        Instant at(int dayOffset, int hour, int minute) {
            return today.plusDays(dayOffset).atTime(LocalTime.of(hour, minute)).atZone(Times.WITA).toInstant();
        }
    }

    private final PillarService pillars;
    private final UserService users;
    private final ContactService contacts;
    private final CaseService cases;
    private final DemoNotices notices;
    private final DemoActors actors;
    private final AuditLog audit;
    private final Clock clock;

    DemoDataSet(PillarService pillars, UserService users, ContactService contacts, CaseService cases,
            DemoNotices notices, DemoActors actors, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.pillars = pillars;
        this.users = users;
        this.contacts = contacts;
        this.cases = cases;
        this.notices = notices;
        this.actors = actors;
        this.audit = audit;
    }

    /** Loads everything in the caller's transaction: all of it or nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    Summary load() {
        Cast cast = new Cast(Times.today(clock));
        actors.run(SYSTEM, () -> registerPillars(cast));
        actors.run(SYSTEM, () -> createKelurahanLogins(cast));
        int contactCount = actors.call(SYSTEM, this::createContacts);
        createCases(cast);
        int noticeCount = notices.load(cast);
        actors.run(SYSTEM, () -> audit.record("DEMO_DATA_LOADED", "DemoData", null, List.of()));
        return new Summary(cast.pillarIds.size(), contactCount, cast.caseIds.size(), noticeCount,
                List.copyOf(cast.logins));
    }

    // ---------------------------------------------------------------------------------------------
    // Pillars: every type; one TKSK per kecamatan; Pendamping Sosial who came from Kabupaten Bima
    // and Dompu in 2023, and one who has gone back.
    // ---------------------------------------------------------------------------------------------

    private void registerPillars(Cast cast) {
        // PSM: one kelurahan each
        pillar(cast, "psm-kolo", "psm.kolo", "PSM Kelurahan Kolo", kelurahanWorker(PillarType.PSM, "Nurhayati", Gender.P,
                "5272035506880002", "0812-3740-1188", null, LocalDate.of(2019, 3, 1), KOLO));
        pillar(cast, "psm-melayu", null, null, kelurahanWorker(PillarType.PSM, "Syamsuddin H. Ahmad", Gender.L, null,
                "0813-3945-2207", null, LocalDate.of(2018, 7, 16), MELAYU));
        pillar(cast, "psm-paruga", null, null, kelurahanWorker(PillarType.PSM, "Siti Rahmah", Gender.P,
                "5272014108790001", "0852-3861-4420", null, LocalDate.of(2020, 1, 6), PARUGA));
        pillar(cast, "psm-penaraga", null, null, kelurahanWorker(PillarType.PSM, "Jaharuddin", Gender.L, null,
                "0823-4011-7735", null, LocalDate.of(2017, 5, 2), PENARAGA));
        pillar(cast, "psm-sambinae", null, null, kelurahanWorker(PillarType.PSM, "Fitriani", Gender.P, null,
                "0853-3920-6614", null, LocalDate.of(2021, 2, 15), SAMBINAE));
        pillar(cast, "psm-kumbe", null, null, kelurahanWorker(PillarType.PSM, "Abdul Haris", Gender.L,
                "5272021203820004", "0819-1745-3302", null, LocalDate.of(2016, 9, 1), KUMBE));

        // TKSK: exactly one per kecamatan
        pillar(cast, "tksk-rasanae-barat", null, null, tksk("Muhammad Irfan", Gender.L, null, "0812-3799-4105",
                LocalDate.of(2018, 1, 2), RASANAE_BARAT));
        pillar(cast, "tksk-rasanae-timur", null, null, tksk("Hadijah", Gender.P, null, "0813-5355-2761",
                LocalDate.of(2019, 1, 2), RASANAE_TIMUR));
        pillar(cast, "tksk-asakota", "tksk.asakota", "TKSK Kecamatan Asakota", tksk("Arifin M. Saleh", Gender.L,
                "5272030407800003", "0852-3990-1457", LocalDate.of(2017, 1, 2), ASAKOTA));
        pillar(cast, "tksk-raba", null, null, tksk("Sri Wahyuni", Gender.P, null, "0821-4420-3318",
                LocalDate.of(2020, 1, 2), RABA));
        pillar(cast, "tksk-mpunda", null, null, tksk("Ilham Akbar", Gender.L, null, "0823-3964-5520",
                LocalDate.of(2021, 1, 4), MPUNDA));

        // Tagana and Pordam: city-wide, some with a home kecamatan
        pillar(cast, "tagana-ahmad", "tagana.bima", "Tagana Kota Bima", cityWide(PillarType.TAGANA, "Ahmad Yani",
                Gender.L, "0812-4611-2290", "TGN-5272-0107", LocalDate.of(2015, 4, 26), RASANAE_BARAT));
        pillar(cast, "tagana-kurniawan", null, null, cityWide(PillarType.TAGANA, "Kurniawan", Gender.L,
                "0853-3801-7746", "TGN-5272-0112", LocalDate.of(2017, 4, 26), ASAKOTA));
        pillar(cast, "tagana-rahmawati", null, null, cityWide(PillarType.TAGANA, "Rahmawati", Gender.P,
                "0878-6540-1193", "TGN-5272-0120", LocalDate.of(2022, 4, 26), null));
        pillar(cast, "pordam-salahuddin", null, null, cityWide(PillarType.PORDAM, "Salahuddin", Gender.L,
                "0813-3733-6028", null, LocalDate.of(2019, 8, 17), RABA));
        pillar(cast, "pordam-nurjannah", null, null, cityWide(PillarType.PORDAM, "Nurjannah", Gender.P,
                "0852-3755-8841", null, LocalDate.of(2021, 8, 17), null));

        // Fasilitator (Dinas field officers) and Pendamping Sosial: assigned kelurahan
        pillar(cast, "fasilitator-firdaus", null, null, kelurahanWorker(PillarType.FASILITATOR, "Firdaus", Gender.L,
                null, "0812-3757-9016", null, LocalDate.of(2020, 3, 2), KOLO, JATIBARU, JATIBARU_TIMUR));
        pillar(cast, "fasilitator-mulyadin", null, null, kelurahanWorker(PillarType.FASILITATOR, "Mulyadin", Gender.L,
                null, "0823-4150-2274", null, LocalDate.of(2020, 3, 2), PARUGA, TANJUNG, DARA));
        pillar(cast, "ps-hamdan", null, null, kelurahanWorker(PillarType.PENDAMPING_SOSIAL, "Hamdan", Gender.L, null,
                "0853-3766-1409", "Kabupaten Bima", LocalDate.of(2023, 2, 1), KOLO, ULE));
        pillar(cast, "ps-nursalam", null, null, kelurahanWorker(PillarType.PENDAMPING_SOSIAL, "Nursalam", Gender.P,
                "5205014709900002", "0852-3945-6630", "Kabupaten Dompu", LocalDate.of(2023, 2, 1), RITE, NTOBO));
        pillar(cast, "ps-sukardin", null, null, kelurahanWorker(PillarType.PENDAMPING_SOSIAL, "Sukardin", Gender.L,
                "5206031011850005", "0813-3920-4471", "Kabupaten Bima", LocalDate.of(2023, 2, 1), LAMPE, KODO));
        pillar(cast, "ps-herlina", null, null, kelurahanWorker(PillarType.PENDAMPING_SOSIAL, "Herlina", Gender.P, null,
                "0821-4701-5583", null, LocalDate.of(2021, 8, 2), MONGGONAO, SANTI, MATAKANDO));
        pillar(cast, "ps-asikin", null, null, kelurahanWorker(PillarType.PENDAMPING_SOSIAL, "Asikin", Gender.L, null,
                "0812-3802-6654", "Kabupaten Dompu", LocalDate.of(2023, 2, 1), DODU));
        pillars.deactivate(cast.pillar("ps-asikin"), null,
                new Deactivation("Kembali bertugas di Kabupaten Dompu.", true));
    }

    private void pillar(Cast cast, String key, String username, String role, NewPillar request) {
        NewPillar withAccount = username == null ? request : new NewPillar(request.fullName(), request.type(),
                request.nik(), request.gender(), request.phone(), request.email(), request.memberNumber(),
                request.originRegion(), request.joinedOn(), request.kelurahanCodes(), request.kecamatanCode(),
                new NewAccount(username, DemoData.PASSWORD));
        UUID id = pillars.create(withAccount).id();
        cast.pillarIds.put(key, id);
        if (username != null) {
            User user = User.findByUsername(username).orElseThrow();
            cast.pillarLogins.put(key, new Actor(user.id, user.username, Role.PILLAR, id, null));
            cast.logins.add(new Login(username, Role.PILLAR.name(), request.fullName() + ", " + role));
        }
    }

    private static NewPillar kelurahanWorker(PillarType type, String name, Gender gender, String nik, String phone,
            String originRegion, LocalDate joinedOn, String... kelurahan) {
        return new NewPillar(name, type, nik, gender, phone, null, null, originRegion, joinedOn, List.of(kelurahan),
                null, null);
    }

    private static NewPillar tksk(String name, Gender gender, String nik, String phone, LocalDate joinedOn,
            String kecamatan) {
        return new NewPillar(name, PillarType.TKSK, nik, gender, phone, null, null, null, joinedOn, null, kecamatan,
                null);
    }

    private static NewPillar cityWide(PillarType type, String name, Gender gender, String phone, String memberNumber,
            LocalDate joinedOn, String homeKecamatan) {
        return new NewPillar(name, type, null, gender, phone, null, memberNumber, null, joinedOn, null, homeKecamatan,
                null);
    }

    // ---------------------------------------------------------------------------------------------
    // Kelurahan officers and contacts
    // ---------------------------------------------------------------------------------------------

    private void createKelurahanLogins(Cast cast) {
        kelurahanLogin(cast, "lurah.kolo", "Muhammad Taufik, Lurah Kolo", KOLO, "Kelurahan Kolo (Asakota)");
        kelurahanLogin(cast, "lurah.paruga", "Hj. Rostinah, Lurah Paruga", PARUGA, "Kelurahan Paruga (Rasanae Barat)");
    }

    private void kelurahanLogin(Cast cast, String username, String displayName, String code, String description) {
        UserView user = users.create(new NewUser(username, displayName, Role.KELURAHAN, DemoData.PASSWORD, code, null));
        cast.kelurahanLogins.put(code, new Actor(user.id(), user.username(), Role.KELURAHAN, null, code));
        cast.logins.add(new Login(username, Role.KELURAHAN.name(), description));
    }

    private int createContacts() {
        List<Runnable> all = List.of(
                // Kolo: the whole office and the RW/RT heads the notices concern
                () -> contact(KOLO, "Muhammad Taufik, S.STP", ContactPosition.LURAH, null, null, "0813-3960-1120",
                        "lurah.kolo@example.id", List.of(NotifyBy.WHATSAPP, NotifyBy.EMAIL)),
                () -> contact(KOLO, "Rusdin, S.E.", ContactPosition.SEKRETARIS_LURAH, null, null, "0852-3950-3314"),
                () -> contact(KOLO, "Hj. Nurlaila, S.Sos", ContactPosition.KASI_KESOS, null, null, "0812-3780-5521",
                        "kesos.kolo@example.id", List.of(NotifyBy.EMAIL)),
                () -> contact(KOLO, "Abdullah", ContactPosition.KETUA_RW, 1, null, "0823-4010-6612"),
                () -> contact(KOLO, "Usman H. Yasin", ContactPosition.KETUA_RW, 2, null, "0853-3810-2245"),
                () -> contact(KOLO, "Baharuddin", ContactPosition.KETUA_RT, 1, 1, "0812-3711-4307"),
                () -> contact(KOLO, "Mahmud", ContactPosition.KETUA_RT, 1, 2, "0813-3788-0951"),
                () -> contact(KOLO, "Syamsul Bahri", ContactPosition.KETUA_RT, 2, 3, "0852-3867-2290"),
                () -> contact(KOLO, "Nurbaya", ContactPosition.KETUA_RT, 2, 4, "0823-4091-5573"),
                () -> contact(KOLO, "Sitti Aisyah (Kader Posyandu Melati)", ContactPosition.OTHER, 2, null,
                        "0878-6511-2043"),
                // Melayu
                () -> contact(MELAYU, "Nasrullah, S.Sos", ContactPosition.LURAH, null, null, "0813-3961-4402"),
                () -> contact(MELAYU, "Rahmatiah", ContactPosition.KASI_KESOS, null, null, "0852-3951-7718"),
                () -> contact(MELAYU, "H. Ismail", ContactPosition.KETUA_RW, 1, null, "0812-3712-9934"),
                () -> contact(MELAYU, "Suherman", ContactPosition.KETUA_RT, 1, 2, "0823-4012-3386"),
                // Paruga
                () -> contact(PARUGA, "Hj. Rostinah, S.H.", ContactPosition.LURAH, null, null, "0813-3962-0075"),
                () -> contact(PARUGA, "Agus Salim", ContactPosition.KASI_KESOS, null, null, "0852-3952-6641"),
                () -> contact(PARUGA, "Mustamin", ContactPosition.KETUA_RW, 3, null, "0812-3713-5528"),
                () -> contact(PARUGA, "Hasanuddin", ContactPosition.KETUA_RT, 3, 1, "0823-4013-8812"),
                // Penaraga
                () -> contact(PENARAGA, "Zainal Abidin, S.IP", ContactPosition.LURAH, null, null, "0813-3963-2219"),
                () -> contact(PENARAGA, "Ernawati", ContactPosition.KASI_KESOS, null, null, "0852-3953-0487"),
                () -> contact(PENARAGA, "Burhanuddin", ContactPosition.KETUA_RT, 4, 2, "0812-3714-7760"),
                // Sambinae
                () -> contact(SAMBINAE, "Sahbudin, S.Sos", ContactPosition.LURAH, null, null, "0813-3964-8853"),
                () -> contact(SAMBINAE, "Wahidah", ContactPosition.KASI_KESOS, null, null, "0852-3954-3390"),
                () -> contact(SAMBINAE, "Amiruddin", ContactPosition.KETUA_RW, 2, null, "0812-3715-0146"));
        all.forEach(Runnable::run);
        return all.size();
    }

    private void contact(String code, String name, ContactPosition position, Integer rw, Integer rt, String phone) {
        contact(code, name, position, rw, rt, phone, null, null);
    }

    /** A contact with an email address and a choice of channels, so the demo shows email deliveries too. */
    private void contact(String code, String name, ContactPosition position, Integer rw, Integer rt, String phone,
            String email, List<NotifyBy> notifyBy) {
        contacts.create(code, new NewContact(name, position, rw == null ? null : rw.toString(),
                rt == null ? null : rt.toString(), null, phone, email, notifyBy, true));
    }

    // ---------------------------------------------------------------------------------------------
    // PPKS cases: a dozen, in every state, reported over the last three weeks
    // ---------------------------------------------------------------------------------------------

    /** A workflow step of a case, taken by its lead pillar at {@code at}. */
    private record Step(String action, String note, String referredTo, Instant at) {
    }

    private void createCases(Cast cast) {
        Actor lurahKolo = cast.asKelurahan(KOLO);
        caseOf(cast, "jamaluddin", cast.asPillar("psm-kolo"), cast.at(-20, 9, 30),
                request(cast, "FAKIR_MISKIN", new Subject("Jamaluddin", "5272031505700001", Gender.L,
                        LocalDate.of(1970, 5, 15), null), new Address(KOLO, 1, 2, "Jl. Sultan Kaharuddin, Gg. Dahlia"),
                        "Kepala keluarga buruh harian, lima anggota keluarga, belum menerima bantuan sosial.",
                        Urgency.NORMAL, new Source(SourceKind.PUBLIC, "Tetangga (lapor lewat WhatsApp)", null),
                        "psm-kolo"),
                new Step("verify", null, null, cast.at(-18, 10, 0)),
                new Step("start-service", "Diusulkan masuk DTKS.", null, cast.at(-16, 11, 0)),
                new Step("close", "Keluarga sudah masuk DTKS dan menerima bantuan sembako (BPNT).", null,
                        cast.at(-8, 14, 0)));
        caseOf(cast, "putri", cast.asPillar("ps-hamdan"), cast.at(-15, 8, 45),
                request(cast, "ANAK_TELANTAR", new Subject("Putri Aulia", null, Gender.P, null, 10),
                        new Address(KOLO, 1, 1, "RT 001/RW 001, belakang Masjid Nurul Huda"),
                        "Anak tinggal bersama nenek setelah orang tua bercerai; tidak bersekolah sejak kelas 3.",
                        Urgency.URGENT, new Source(SourceKind.OTHER, "Guru SDN 15 Kota Bima", "0812-3720-1144"),
                        "ps-hamdan", "psm-kolo"),
                new Step("verify", null, null, cast.at(-13, 10, 30)),
                new Step("start-service", "Didampingi kembali ke sekolah; diusulkan PKH.", null, cast.at(-2, 12, 30)));
        caseOf(cast, "samsiah", SYSTEM, cast.at(-12, 10, 0),
                request(cast, "PENGEMIS", new Subject("Samsiah", null, Gender.P, null, 61),
                        new Address(DARA, null, null, "Sekitar Pasar Amahami"),
                        "Mengemis di sekitar Pasar Amahami setiap hari; tinggal sendiri di Kelurahan Dara.",
                        Urgency.NORMAL, new Source(SourceKind.OTHER, "Satpol PP Kota Bima", null), "fasilitator-mulyadin"),
                new Step("verify", null, null, cast.at(-11, 9, 0)),
                new Step("start-service", null, null, cast.at(-10, 9, 0)),
                new Step("refer", "Dirujuk untuk rehabilitasi sosial lanjut usia.", "Dinas Sosial Provinsi NTB",
                        cast.at(-7, 13, 0)));
        caseOf(cast, "rudi", SYSTEM, cast.at(-11, 13, 20),
                request(cast, "ODHA", new Subject("Rudi Hartono", null, Gender.L, null, 29),
                        new Address(PENARAGA, 4, 2, null),
                        "Membutuhkan pendampingan untuk berobat rutin; keluarga belum menerima kondisinya.",
                        Urgency.URGENT, new Source(SourceKind.OTHER, "Puskesmas Penanae", null), "psm-penaraga"),
                new Step("verify", null, null, cast.at(-10, 9, 30)),
                new Step("start-service", "Pendampingan berobat ke Puskesmas dijadwalkan rutin.", null,
                        cast.at(-9, 10, 0)));
        caseOf(cast, "siti-hajar", lurahKolo, cast.at(-9, 10, 15),
                request(cast, "LANSIA_TELANTAR", new Subject("Siti Hajar", "5272035007460001", Gender.P,
                        LocalDate.of(1946, 7, 10), null), new Address(KOLO, 2, 3, "Jl. Gajah Mada, Gg. Melati"),
                        "Lansia tinggal sendiri di rumah semi permanen; anaknya merantau. Kesulitan membeli obat.",
                        Urgency.URGENT, new Source(SourceKind.KELURAHAN, "Ketua RT 003/RW 002 (Syamsul Bahri)",
                                "0852-3867-2290"), "psm-kolo", "ps-hamdan"),
                new Step("verify", "Diverifikasi saat kunjungan lapangan.", null, cast.at(-6, 14, 0)));
        caseOf(cast, "abubakar", SYSTEM, cast.at(-8, 9, 0),
                request(cast, "LANSIA_TELANTAR", new Subject("Abubakar", null, Gender.L, null, 81),
                        new Address(RITE, null, null, null), "Dilaporkan tinggal sendiri tanpa pengasuh.",
                        Urgency.NORMAL, new Source(SourceKind.PUBLIC, "Warga", null), "ps-nursalam"),
                new Step("reject", "Setelah dicek, tinggal bersama anaknya dan terawat dengan baik.", null,
                        cast.at(-7, 11, 0)));
        caseOf(cast, "rizki", SYSTEM, cast.at(-6, 8, 30),
                request(cast, "ANAK_DISABILITAS", new Subject("Muhammad Rizki", null, Gender.L, null, 8),
                        new Address(LAMPE, 1, 1, null), "Anak dengan cerebral palsy; perlu kursi roda dan terapi.",
                        Urgency.NORMAL, new Source(SourceKind.PILLAR, "Sukardin (Pendamping Sosial)", null),
                        "ps-sukardin"),
                new Step("verify", null, null, cast.at(-5, 10, 0)),
                new Step("start-service", null, null, cast.at(-3, 10, 0)),
                new Step("close", "Sudah menerima kursi roda; terapi terjadwal di RSUD Bima.", null, cast.at(-1, 15, 0)));
        caseOf(cast, "abdul-malik", cast.asPillar("tagana-ahmad"), cast.at(-5, 7, 30),
                request(cast, "KORBAN_BENCANA_ALAM", new Subject("Abdul Malik", null, Gender.L, null, 52),
                        new Address(MELAYU, 1, 2, "Pesisir Pantai Lawata"),
                        "Rumah terendam banjir rob; perabot dan stok beras rusak.", Urgency.EMERGENCY,
                        new Source(SourceKind.PILLAR, "Ahmad Yani (Tagana)", null), "tagana-ahmad", "tagana-kurniawan",
                        "psm-melayu"),
                new Step("verify", null, null, cast.at(-5, 9, 0)),
                new Step("start-service", "Bantuan logistik darurat disalurkan.", null, cast.at(-4, 12, 0)));
        caseOf(cast, "fajar", SYSTEM, cast.at(-4, 11, 0),
                request(cast, "ANAK_BERHADAPAN_HUKUM", new Subject("Fajar Ramadhan", null, Gender.L, null, 16),
                        new Address(SAMBINAE, 2, null, null),
                        "Terlibat perkelahian antarkampung; perlu pendampingan selama proses diversi.", Urgency.URGENT,
                        new Source(SourceKind.OTHER, "Unit PPA Polres Bima Kota", null), "psm-sambinae",
                        "pordam-salahuddin"),
                new Step("verify", null, null, cast.at(-3, 9, 0)));
        caseOf(cast, "wahyuni", SYSTEM, cast.at(-3, 9, 0),
                request(cast, "KORBAN_TINDAK_KEKERASAN", new Subject("Wahyuni", null, Gender.P, null, 27),
                        new Address(NTOBO, 2, 1, null), "Korban KDRT; butuh pendampingan dan tempat tinggal aman sementara.",
                        Urgency.EMERGENCY, new Source(SourceKind.OTHER, "UPTD PPA Kota Bima", null), "ps-nursalam"),
                new Step("verify", null, null, cast.at(-3, 11, 0)),
                new Step("start-service", null, null, cast.at(-2, 9, 0)));
        caseOf(cast, "ahmad-jaelani", cast.asPillar("psm-kolo"), cast.at(-2, 16, 40),
                request(cast, "PENYANDANG_DISABILITAS", new Subject("Ahmad Jaelani", null, Gender.L, null, 34),
                        new Address(KOLO, 2, 4, null),
                        "Disabilitas fisik (kaki); belum punya kursi roda dan belum terdata di DTKS.", Urgency.NORMAL,
                        new Source(SourceKind.PILLAR, "Nurhayati (PSM Kolo)", null), "psm-kolo"));
        caseOf(cast, "nurul", SYSTEM, cast.at(-1, 10, 10),
                request(cast, "PEREMPUAN_RAWAN_SOSIAL_EKONOMI", new Subject("Nurul Hidayah", null, Gender.P, null, 38),
                        new Address(KUMBE, 1, 3, null),
                        "Janda dengan tiga anak; penghasilan tidak tetap dari menenun tembe nggoli.", Urgency.NORMAL,
                        new Source(SourceKind.PUBLIC, "Warga RT 003", null), "psm-kumbe"));
    }

    private static NewCase request(Cast cast, String category, Subject subject, Address address, String description,
            Urgency urgency, Source source, String leadKey, String... supportKeys) {
        return new NewCase(category, subject, address, description, urgency, source, true, null, cast.pillar(leadKey),
                cast.pillars(List.of(supportKeys)));
    }

    /** Reports the case as {@code reporter} and takes its steps as its lead, each at its own moment. */
    private void caseOf(Cast cast, String key, Actor reporter, Instant reportedAt, NewCase request, Step... steps) {
        NewCase withConsent = new NewCase(request.category(), request.subject(), request.address(),
                request.description(), request.urgency(), request.source(), true,
                LocalDate.ofInstant(reportedAt, Times.WITA), request.leadPillarId(), request.supportPillarIds());
        UUID id = actors.call(reporter, reportedAt, () -> cases.create(withConsent)).id();
        Actor lead = cast.asPillar(request.leadPillarId());
        for (Step step : steps) {
            actors.call(lead, step.at(), () -> cases.transition(id,
                    new Transition(step.action(), step.note(), step.referredTo())));
        }
        cast.caseIds.put(key, id);
    }
}
