package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.common.time.Times;
import id.go.bimakota.pilar.delivery.MessageTemplate.Field;
import id.go.bimakota.pilar.letter.IndonesianDates;
import id.go.bimakota.pilar.letter.Purposes;
import id.go.bimakota.pilar.notice.Notice;
import id.go.bimakota.pilar.notice.NoticeEnums.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Messages nobody's request causes: the reminder of a notice still SUBMITTED a day before its start,
 * the escalation to the Dinas half a day before, and the morning digest of each kelurahan. Each is
 * sent once across all instances: its {@code delivery_job} row and its deliveries commit together,
 * and a second instance's insert of the same job fails.
 */
@ApplicationScoped
public class DeliveryJobs {

    private final DeliveryOutbox outbox;
    private final MessageRenderer renderer;
    private final DeliveryDispatcher dispatcher;
    private final EntityManager em;
    private final Duration reminderBefore;
    private final Duration escalateBefore;
    private final LocalTime digestAt;
    private final Clock clock;

    DeliveryJobs(DeliveryOutbox outbox, MessageRenderer renderer, DeliveryDispatcher dispatcher, EntityManager em,
            PilarConfig config, Clock clock) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.em = em;
        this.reminderBefore = config.delivery().reminderBefore();
        this.escalateBefore = config.delivery().escalateBefore();
        this.digestAt = LocalTime.parse(config.delivery().digestAt());
        this.clock = clock;
    }

    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        runDue();
    }

    /** Writes every reminder, escalation and digest that is due now; the number of jobs done. */
    public int runDue() {
        int done = remind(DeliveryOutbox.REMINDER, reminderBefore) + remind(DeliveryOutbox.ESCALATION, escalateBefore)
                + digests();
        if (done > 0) {
            dispatcher.kick();
        }
        return done;
    }

    /**
     * Notices still SUBMITTED whose start is within {@code before}; only those filed before that
     * moment (a notice filed at short notice was just sent). A reschedule makes a new schedule.
     */
    private int remind(String eventType, Duration before) {
        Instant now = clock.instant();
        List<Notice> due = QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>list(
                "status = ?1 and plannedStart > ?2 and plannedStart <= ?3", Status.SUBMITTED, now, now.plus(before)));
        int done = 0;
        for (Notice candidate : due) {
            if (!candidate.createdAt.isBefore(candidate.plannedStart.minus(before))) {
                continue;
            }
            String subject = candidate.id + "@" + candidate.plannedStart;
            done += once(eventType, subject, () -> {
                Notice n = Notice.findById(candidate.id);
                return n.status == Status.SUBMITTED ? outbox.write(eventType, n) : 0;
            });
        }
        return done;
    }

    /** From 07:00 WITA, once a day per kelurahan with visits that day. */
    private int digests() {
        ZonedDateTime now = clock.instant().atZone(Times.WITA);
        if (now.toLocalTime().isBefore(digestAt)) {
            return 0;
        }
        LocalDate day = now.toLocalDate();
        Instant start = day.atStartOfDay(Times.WITA).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(Times.WITA).toInstant();
        Map<String, List<Notice>> byKelurahan = QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>list(
                        "plannedStart >= ?1 and plannedStart < ?2 and status in ?3 order by plannedStart", start, end,
                        List.of(Status.SUBMITTED, Status.ACKNOWLEDGED)).stream()
                .collect(Collectors.groupingBy(n -> n.kelurahanCode, TreeMap::new, Collectors.toList())));
        int done = 0;
        for (Map.Entry<String, List<Notice>> e : byKelurahan.entrySet()) {
            NoticeFacts facts = digestFacts(e.getValue());
            done += once(DeliveryOutbox.DIGEST, e.getKey() + "@" + day, () -> outbox.writeDigest(e.getKey(), day, facts));
        }
        return done;
    }

    private NoticeFacts digestFacts(List<Notice> visits) {
        String kelurahan = renderer.kelurahanName(visits.get(0).kelurahanCode);
        String list = visits.stream().map(n -> n.number + " " + IndonesianDates.time(n.plannedStart.atZone(Times.WITA))
                        + "–" + IndonesianDates.time(n.plannedEnd.atZone(Times.WITA)) + " WITA"
                        + MessageRenderer.rtRw(n.rt, n.rw) + " (" + Purposes.words(n.purpose) + ")")
                .collect(Collectors.joining("; "));
        return NoticeFacts.builder().put(Field.AREA, kelurahan).put(Field.VISIT_COUNT, visits.size() + " kunjungan")
                .put(Field.VISITS, list).build();
    }

    /** Runs a job once: its row and its deliveries in one transaction; a job already done (here or elsewhere) is skipped. */
    private int once(String kind, String subject, Supplier<Integer> job) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (em.createNativeQuery("SELECT 1 FROM delivery_job WHERE kind = ?1 AND subject = ?2")
                        .setParameter(1, kind).setParameter(2, subject).getResultList().size() > 0) {
                    return 0;
                }
                em.createNativeQuery("INSERT INTO delivery_job (kind, subject, created_at) VALUES (?1, ?2, ?3)")
                        .setParameter(1, kind).setParameter(2, subject).setParameter(3, clock.instant()).executeUpdate();
                job.get();
                return 1;
            });
        } catch (PersistenceException | QuarkusTransactionException e) {
            return 0; // another instance did it at the same moment
        }
    }
}
