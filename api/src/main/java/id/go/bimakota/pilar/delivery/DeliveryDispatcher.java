package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.delivery.DeliveryClaims.Claim;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: every second, and at once after a notice change commits (a kick). One pass
 * at a time per instance; several instances share the work through {@link DeliveryClaims}. Sends run
 * on threads of their own, never on a request's, so a slow or dead provider never slows a notice.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryClaims claims;
    private final Channels channels;
    private final ExecutorService senders;
    private final ExecutorService kicks = Executors.newSingleThreadExecutor(r -> daemon(r, "delivery-kick"));
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    DeliveryDispatcher(DeliveryClaims claims, Channels channels, PilarConfig config) {
        this.claims = claims;
        this.channels = channels;
        this.senders = Executors.newFixedThreadPool(config.delivery().parallelism(), r -> daemon(r, "delivery-send"));
    }

    @Scheduled(every = "${pilar.delivery.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        drain();
    }

    /** Asks for a pass soon, on another thread; a pass under way makes one more. */
    public void kick() {
        kicks.execute(this::drain);
    }

    /** Sends everything due now; returns when nothing due is left (or another pass takes over). */
    public void drain() {
        again.set(true);
        while (again.getAndSet(false)) {
            if (!running.compareAndSet(false, true)) {
                again.set(true); // the running pass loops once more
                return;
            }
            try {
                passUntilEmpty();
            } catch (RuntimeException e) {
                LOG.warn("delivery pass failed; the next tick tries again", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void passUntilEmpty() {
        List<Claim> batch = claims.claim();
        while (!batch.isEmpty()) {
            CompletableFuture.allOf(batch.stream()
                    .map(c -> CompletableFuture.runAsync(() -> send(c), senders))
                    .toArray(CompletableFuture[]::new)).join();
            batch = claims.claim();
        }
    }

    private void send(Claim claim) {
        SendOutcome outcome;
        try {
            outcome = channels.of(claim.channel())
                    .map(ch -> ch.send(claim.message()))
                    .orElse(new SendOutcome.Failed("channel not installed"));
        } catch (RuntimeException e) {
            outcome = new SendOutcome.Retry(e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
        }
        claims.record(claim, outcome);
    }

    @PreDestroy
    void stop() {
        kicks.shutdownNow();
        senders.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
