package id.go.bimakota.pilar.delivery;

import id.go.bimakota.pilar.common.config.PilarConfig;
import id.go.bimakota.pilar.delivery.DeliveryClaims.Claim;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: every second, and at once after a notice change commits (a kick). One pass
 * at a time per instance; several instances share the work through {@link DeliveryClaims}. Sends run
 * on threads of their own, never on a request's, so a slow or dead provider never slows a notice; and
 * a pass claims a delivery only for a free sender and does not wait for the others, so one endpoint
 * that hangs for its 15 s holds one sender, not every delivery behind it.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryClaims claims;
    private final Channels channels;
    private final ExecutorService senders;
    private final Semaphore freeSenders;
    private final ExecutorService kicks = Executors.newSingleThreadExecutor(r -> daemon(r, "delivery-kick"));
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    DeliveryDispatcher(DeliveryClaims claims, Channels channels, PilarConfig config) {
        this.claims = claims;
        this.channels = channels;
        int parallelism = config.delivery().parallelism();
        this.senders = Executors.newFixedThreadPool(parallelism, r -> daemon(r, "delivery-send"));
        this.freeSenders = new Semaphore(parallelism);
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

    /**
     * Starts sending everything due now; returns when nothing due is left to claim (sends may still be
     * under way) or another pass takes over.
     */
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
        while (true) {
            freeSenders.acquireUninterruptibly();
            int free = 1 + freeSenders.drainPermits();
            List<Claim> batch;
            try {
                batch = claims.claim(free);
            } catch (RuntimeException e) {
                freeSenders.release(free);
                throw e;
            }
            freeSenders.release(free - batch.size());
            if (batch.isEmpty()) {
                return;
            }
            for (Claim claim : batch) {
                senders.execute(() -> {
                    try {
                        send(claim);
                    } finally {
                        freeSenders.release();
                    }
                });
            }
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
