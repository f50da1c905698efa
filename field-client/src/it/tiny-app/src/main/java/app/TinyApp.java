package app;

import id.go.bimakota.pilar.client.OutboxItem;
import id.go.bimakota.pilar.client.PilarClient;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NoticePurpose;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Files a visit into the outbox without a service: the library, its dependencies and its disk. */
public final class TinyApp {

    public static void main(String[] args) {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        try (PilarClient client = PilarClient.builder().baseUrl("http://127.0.0.1:9")
                .credentials("psm.kolo", "not-needed-offline").outboxDirectory(Path.of(args[0])).build()) {
            OutboxItem item = client.outbox().enqueue(NewNotice.builder().kelurahanCode("52.72.03.1004")
                    .plannedStart(start).plannedEnd(start.plus(Duration.ofHours(2)))
                    .purpose(NoticePurpose.HOME_VISIT).build());
            System.out.println("tiny-app queued " + item.kind() + " " + item.state());
        }
    }
}
