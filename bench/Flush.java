import id.go.bimakota.pilar.client.PilarClient;
import id.go.bimakota.pilar.client.SyncReport;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The field client's offline path against the running service: a pillar files {@code count} notices
 * with no network (the outbox), then one {@code flush()} sends them all. Prints the seconds flush took.
 *
 * <p>{@code java -cp <field-client jar and its dependencies> bench/Flush.java <base url> <username>
 * <password> <kelurahan code> <count>}
 */
public class Flush {

    /** CPU time of this client process: the client and the service share the machine's cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[4]);
        Path outbox = Files.createTempDirectory("pilar-bench-outbox");
        try (PilarClient client = PilarClient.builder().baseUrl(args[0]).credentials(args[1], args[2])
                .outboxDirectory(outbox).build()) {
            Instant day = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.DAYS);
            for (int i = 0; i < count; i++) {
                Instant start = day.plus(Duration.ofMinutes(30L * (i % 500)));
                client.outbox().enqueue(NewNotice.builder().kelurahanCode(args[3]).rw(1 + i % 12).rt(1 + i % 20)
                        .plannedStart(start).plannedEnd(start.plus(Duration.ofHours(2)))
                        .purpose(NoticePurpose.HOME_VISIT).description("Outbox uji beban " + i).build());
            }
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            SyncReport report = client.outbox().flush();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double clientCpu = (processCpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "FLUSH sent=%d rejected=%d pending=%d seconds=%.2f client-cpu-seconds=%.2f%n",
                    report.sent(), report.rejected(), report.pending(), seconds, clientCpu);
        }
    }
}
