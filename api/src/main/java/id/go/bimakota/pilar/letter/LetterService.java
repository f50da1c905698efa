package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.area.AreaDtos.KelurahanItem;
import id.go.bimakota.pilar.common.storage.HumanNumbers;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.letter.LetterViews.CaseLine;
import id.go.bimakota.pilar.letter.LetterViews.Letter;
import id.go.bimakota.pilar.letter.LetterViews.TeamLine;
import id.go.bimakota.pilar.letter.LetterViews.Verification;
import id.go.bimakota.pilar.notice.Notice;
import id.go.bimakota.pilar.notice.NoticeAccess;
import id.go.bimakota.pilar.notice.NoticeAction;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import id.go.bimakota.pilar.notice.NoticeHistory;
import id.go.bimakota.pilar.pillar.PillarDirectory;
import id.go.bimakota.pilar.pillar.PillarDirectory.PillarRef;
import id.go.bimakota.pilar.ppkscase.PpksCategories;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The letter of a notice: who may have it, its number and verification code (given once, on the
 * first issue), and what it says. Who may read a notice is {@link NoticeAccess}'s rule; the letter
 * narrows it to the people it concerns (the lead, the team, the kelurahan, the Dinas), and everyone
 * else gets the same 404 as for an unknown notice.
 */
@ApplicationScoped
public class LetterService {

    /** 100 random bits in 20 characters of base32: not guessable, and short enough for a small QR code. */
    static final int CODE_LENGTH = 20;
    private static final char[] CODE_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final NoticeAccess access;
    private final AreaDirectory areas;
    private final PillarDirectory pillars;
    private final PpksCategories categories;
    private final HumanNumbers numbers;
    private final PilarConfig.Letter settings;
    private final EntityManager em;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile Map<String, String> pillarTypeNames;

    public LetterService(NoticeAccess access, AreaDirectory areas, PillarDirectory pillars, PpksCategories categories,
            HumanNumbers numbers, PilarConfig.Letter settings, EntityManager em, Clock clock) {
        LetterNumbers.requireValid(settings.numberPattern());
        this.access = access;
        this.areas = areas;
        this.pillars = pillars;
        this.categories = categories;
        this.numbers = numbers;
        this.settings = settings;
        this.em = em;
        this.clock = clock;
    }

    /** The letter of notice {@code id} for the caller, issuing its number on the first call. */
    @Transactional
    public Letter letter(UUID id) {
        NoticeLetter issued = NoticeLetter.findById(id);
        // Concurrent first issues of one notice take turns on the notice's row, so it gets one number.
        Notice n = issued != null ? Notice.findById(id) : Notice.findById(id, LockModeType.PESSIMISTIC_WRITE);
        requireLetterReader(n, id);
        if (issued == null) {
            issued = NoticeLetter.<NoticeLetter>findByIdOptional(id).orElseGet(() -> issue(n));
        }
        return describe(n, issued);
    }

    /**
     * One day's notices of a kelurahan (all of the city for the Dinas), soonest first, without the
     * cancelled ones: the desk prints what will take place.
     */
    @Transactional
    public List<UUID> noticesOf(LocalDate day, String kelurahanCode) {
        StringBuilder where = new StringBuilder("plannedStart >= :from and plannedStart < :to and status <> :cancelled");
        Parameters params = Parameters.with("from", day.atStartOfDay(Times.WITA).toInstant())
                .and("to", day.plusDays(1).atStartOfDay(Times.WITA).toInstant()).and("cancelled", Status.CANCELLED);
        if (kelurahanCode != null) {
            where.append(" and kelurahanCode = :kelurahan");
            params.and("kelurahan", kelurahanCode);
        }
        return Notice.<Notice>list(where.toString(), Sort.ascending("plannedStart", "id"), params).stream()
                .map(n -> n.id).toList();
    }

    /** What the public page of {@code code} shows; empty for an unknown code. */
    @Transactional
    public Optional<Verification> verification(String code) {
        if (code == null || code.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        return NoticeLetter.<NoticeLetter>find("verificationCode", code).firstResultOptional().map(letter -> {
            Notice n = Notice.findById(letter.noticeId);
            KelurahanItem kelurahan = kelurahanOf(n);
            int revision = revisionOf(n);
            return new Verification(letter.number, n.number, IndonesianDates.date(issueDate(letter)),
                    kelurahan.name(), kelurahan.kecamatanName(), IndonesianDates.window(n.plannedStart, n.plannedEnd),
                    Purposes.words(n.purpose), statusText(n.status, revision), statusDetail(n), revision,
                    settings.signer().position(), settings.signer().name().orElse(null),
                    settings.letterhead().office());
        });
    }

    private void requireLetterReader(Notice n, UUID id) {
        access.requireReadable(n, id);
        if (access.isAdmin() || access.isKelurahan()) {
            return;
        }
        UUID me = access.pillarId();
        if (me == null || !(me.equals(n.leadPillarId) || n.teamPillarIds.contains(me))) {
            throw ProblemException.notFound("Notice", id);
        }
    }

    /**
     * Gives the notice its letter number and code. The number comes from a per-year counter taken in
     * this transaction (HumanNumbers.nextValue): a rollback returns it, so numbers have no gaps, and
     * the counter row is locked until commit, so the caller takes it last.
     */
    private NoticeLetter issue(Notice n) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Times.WITA);
        NoticeLetter letter = new NoticeLetter();
        letter.noticeId = n.id;
        letter.issuedAt = now;
        letter.year = today.getYear();
        letter.verificationCode = newCode();
        letter.seq = Math.toIntExact(numbers.nextValue("LETTER-" + letter.year));
        letter.number = LetterNumbers.format(settings.numberPattern(), letter.seq, today);
        letter.persist();
        return letter;
    }

    private Letter describe(Notice n, NoticeLetter issued) {
        KelurahanItem kelurahan = kelurahanOf(n);
        List<UUID> teamIds = new ArrayList<>();
        teamIds.add(n.leadPillarId);
        teamIds.addAll(n.teamPillarIds);
        Map<UUID, PillarRef> refs = pillars.findAll(teamIds);
        List<TeamLine> team = teamIds.stream().map(refs::get).filter(p -> p != null)
                .map(p -> new TeamLine(p.fullName(), typeName(p.type().name()), p.phone(), p.id().equals(n.leadPillarId)))
                .toList();
        List<CaseLine> cases = caseCounts(n);
        String base = publicUrl();
        return new Letter(n.id, n.number, issued.number,
                settings.place() + ", " + IndonesianDates.date(issueDate(issued)), revisionOf(n), kelurahan.name(),
                kelurahan.kecamatanName(), IndonesianDates.window(n.plannedStart, n.plannedEnd), rtRw(n), n.location,
                Purposes.words(n.purpose), team, n.contactPhone, n.requestsToKelurahan, cases,
                cases.stream().mapToLong(CaseLine::count).sum(),
                base + "/api/v1/notices/" + n.id + "/" + NoticeAction.ACKNOWLEDGE.path(),
                base + "/api/v1/notices/" + n.id + "/" + NoticeAction.REQUEST_RESCHEDULE.path(),
                base + "/v/" + issued.verificationCode, copies(n, kelurahan), statusNote(n.status));
    }

    /** Counts per category only: a letter is copied widely and never names a PPKS (UU 27/2022). */
    private List<CaseLine> caseCounts(Notice n) {
        if (n.caseIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select c.category, count(c) from PpksCase c where c.id in :ids "
                + "group by c.category", Object[].class).setParameter("ids", n.caseIds).getResultList();
        Map<String, Long> counts = rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        return categories.all().stream().filter(c -> counts.containsKey(c.code()))
                .map(c -> new CaseLine(c.nameId(), counts.get(c.code()))).toList();
    }

    /** Tembusan: the Camat, and the heads of the RW and RT the notice names. */
    private static List<String> copies(Notice n, KelurahanItem kelurahan) {
        List<String> copies = new ArrayList<>();
        copies.add("Camat " + kelurahan.kecamatanName());
        if (n.rw != null) {
            copies.add("Ketua RW %03d Kelurahan %s".formatted(n.rw, kelurahan.name()));
        }
        if (n.rt != null) {
            copies.add(n.rw != null ? "Ketua RT %03d/RW %03d Kelurahan %s".formatted(n.rt, n.rw, kelurahan.name())
                    : "Ketua RT %03d Kelurahan %s".formatted(n.rt, kelurahan.name()));
        }
        copies.add("Arsip");
        return copies;
    }

    /** Printed {@code RT/RW : 001/002}, RT first, as on Indonesian documents. */
    private static String rtRw(Notice n) {
        if (n.rt != null && n.rw != null) {
            return "%03d/%03d".formatted(n.rt, n.rw);
        }
        if (n.rw != null) {
            return "–/%03d".formatted(n.rw);
        }
        return n.rt == null ? null : "%03d/–".formatted(n.rt);
    }

    private static String statusNote(Status status) {
        return switch (status) {
            case CANCELLED -> "Kunjungan ini telah DIBATALKAN.";
            case COMPLETED -> "Kunjungan ini telah dilaksanakan.";
            default -> null;
        };
    }

    static String statusText(Status status, int revision) {
        return switch (status) {
            case SUBMITTED -> revision > 0 ? "Jadwal diubah, menunggu konfirmasi kelurahan" : "Menunggu konfirmasi kelurahan";
            case ACKNOWLEDGED -> "Sudah dikonfirmasi kelurahan";
            case RESCHEDULE_REQUESTED -> "Kelurahan meminta jadwal lain";
            case CANCELLED -> "Dibatalkan";
            case COMPLETED -> "Selesai dilaksanakan";
        };
    }

    private static String statusDetail(Notice n) {
        return switch (n.status) {
            case ACKNOWLEDGED -> n.acknowledgedAt == null ? null
                    : "Dikonfirmasi pada " + IndonesianDates.dateTime(n.acknowledgedAt) + ".";
            case CANCELLED -> "Kunjungan ini tidak jadi dilaksanakan.";
            case COMPLETED -> "Kunjungan telah dilaksanakan.";
            default -> null;
        };
    }

    /** How often the visit was given new times ("Perubahan ke-N"), from the notice's own history. */
    private static int revisionOf(Notice n) {
        return Math.toIntExact(NoticeHistory.count("noticeId = ?1 and action = ?2", n.id, NoticeAction.RESCHEDULE.path()));
    }

    private KelurahanItem kelurahanOf(Notice n) {
        return areas.findKelurahan(n.kelurahanCode).orElseThrow();
    }

    private static LocalDate issueDate(NoticeLetter letter) {
        return LocalDate.ofInstant(letter.issuedAt, Times.WITA);
    }

    private String publicUrl() {
        String url = settings.publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String typeName(String code) {
        Map<String, String> names = pillarTypeNames;
        if (names == null) {
            List<Object[]> rows = em.createNativeQuery("select code, name_id from pillar_type", Object[].class).getResultList();
            names = rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a, LinkedHashMap::new));
            pillarTypeNames = names;
        }
        return names.getOrDefault(code, code);
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
