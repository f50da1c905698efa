package id.go.bimakota.pilar.notice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The live feed of notice events. Events live in the database (written with the change they
 * announce), so a feed on any instance sees events from every instance, and a client reconnecting
 * with {@code Last-Event-ID} is sent exactly what it missed. One cheap query per poll period tells
 * whether anything is new; connections read the database only then.
 */
@ApplicationScoped
public class NoticeFeed {

    private static final int BATCH = 200;

    /** How often each connection looks at the latest known event number (no database work). */
    private static final Duration TICK = Duration.ofMillis(250);

    private final AtomicLong latest = new AtomicLong(-1);

    /** Once a second (the scheduler's finest step): the newest event number, from any instance. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            latest.set(QuarkusTransaction.requiringNew().call(NoticeFeed::maxSeq));
        } catch (RuntimeException shuttingDownOrDatabaseAway) {
            // the next poll tries again; connections keep what they have
        }
    }

    /**
     * The events after {@code lastEventId} (or from now on), for a caller who sees only
     * {@code kelurahanScope} (null: the whole city). The stream ends within a tick once
     * {@code stillAllowed} says no (logout of that session, password, role, kelurahan or deactivation).
     */
    public Multi<OutboundSseEvent> stream(Sse sse, Long lastEventId, String kelurahanScope, BooleanSupplier stillAllowed) {
        AtomicLong sent = new AtomicLong(lastEventId != null ? lastEventId
                : QuarkusTransaction.requiringNew().call(NoticeFeed::maxSeq));
        // A comment first, so the client gets the response at once and knows where its feed starts.
        OutboundSseEvent connected = sse.newEventBuilder().comment("connected after " + sent.get()).build();
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(connected), events(sse, sent,
                lastEventId != null, kelurahanScope, stillAllowed));
    }

    private Multi<OutboundSseEvent> events(Sse sse, AtomicLong sent, boolean resuming, String kelurahanScope,
            BooleanSupplier stillAllowed) {
        // A tick that comes while a read is still running is dropped (the next one looks again):
        // without this, one read slower than a tick failed the stream with a BackPressureFailure and
        // closed the client's connection (seen on a busy machine, TwoInstancesIT).
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(TICK)
                .onOverflow().drop()
                .select().first(tick -> stillAllowed.getAsBoolean())
                .filter(tick -> resuming && tick == 0 || latest.get() > sent.get())
                .onItem().transformToUniAndConcatenate(tick -> Uni.createFrom()
                        .item(() -> QuarkusTransaction.requiringNew().call(() -> after(sent.get(), kelurahanScope)))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItem().transformToMultiAndConcatenate(events -> Multi.createFrom().iterable(events))
                .map(event -> {
                    sent.set(event.seq);
                    return sse.newEventBuilder().id(Long.toString(event.seq)).name(event.type)
                            .mediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).data(event.payload).build();
                });
    }

    private static List<NoticeEvent> after(long seq, String kelurahanScope) {
        String where = kelurahanScope == null ? "seq > ?1" : "seq > ?1 and kelurahanCode = ?2";
        Object[] params = kelurahanScope == null ? new Object[] {seq} : new Object[] {seq, kelurahanScope};
        return NoticeEvent.<NoticeEvent>find(where + " order by seq", params).range(0, BATCH - 1).list();
    }

    private static long maxSeq() {
        Long max = NoticeEvent.getEntityManager().createQuery("select max(e.seq) from NoticeEvent e",
                Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
