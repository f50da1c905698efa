package id.go.bimakota.pilar.client;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/** Background passes over the outbox on one daemon thread, spaced by a {@link Backoff}. */
final class AutoSync {

    private final ScheduledThreadPoolExecutor executor;
    private final Function<BooleanSupplier, SyncReport> flush;
    private final Backoff backoff;
    private final Consumer<SyncReport> listener;
    private volatile boolean stopping;
    private volatile Thread thread;

    /** {@code flush} runs one pass in which no item starts once its argument turns true. */
    AutoSync(Function<BooleanSupplier, SyncReport> flush, Backoff backoff, Consumer<SyncReport> listener) {
        this.flush = flush;
        this.backoff = backoff;
        this.listener = listener;
        this.executor = new ScheduledThreadPoolExecutor(1, task -> {
            thread = new Thread(task, "pilar-outbox-sync");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void start() {
        executor.execute(this::pass);
    }

    /**
     * Stops and waits for a pass under way to finish the items it is sending. Nothing is interrupted:
     * an interrupted write would only leave a stray temporary file, and an interrupted request is
     * retried anyway.
     */
    void stop() {
        stopping = true;
        executor.shutdown();
        if (Thread.currentThread() == thread) {
            return; // called from the listener: the pass ends right after it returns
        }
        try {
            executor.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pass() {
        SyncReport report = null;
        try {
            report = flush.apply(() -> stopping);
            listener.accept(report);
        } catch (RuntimeException e) {
            // The disk failed, or the listener threw: this thread must live on, and try again later.
        }
        try {
            executor.schedule(this::pass, backoff.after(report).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // stop() came during the pass
        }
    }
}
