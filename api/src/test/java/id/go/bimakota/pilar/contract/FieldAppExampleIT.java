package id.go.bimakota.pilar.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.client.example.FieldAppExample;
import id.go.bimakota.pilar.process.ServiceProcess;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field client's README example is a program that works as shown (issue 22): run as its own
 * process, first without a service (nothing reachable: the online part says so, the offline part is
 * queued), then against the packaged service with the demo data, where the queue is sent.
 */
class FieldAppExampleIT {

    @TempDir
    Path work;

    @Test
    void runsOfflineThenOnline() throws Exception {
        Path outbox = work.resolve("outbox-psm.kolo");
        String nothingThere = "http://127.0.0.1:" + closedPort();

        ExternalCommand.Result offline = runExample(nothingThere, outbox);
        assertEquals(0, offline.exitCode(), offline.output());
        assertTrue(offline.output().contains("No signal: the visit goes through the outbox instead"), offline.output());
        assertTrue(offline.output().contains("Queued 3 items"), offline.output());
        assertTrue(offline.output().contains("0 sent, 0 rejected, 3 pending"), offline.output());

        try (ServiceProcess service = ServiceProcess.start(work.resolve("data"), Map.of("PILAR_DEMO_DATA", "true"))) {
            ExternalCommand.Result online = runExample(service.uri("").toString(), outbox);
            assertEquals(0, online.exitCode(), online.output());
            assertTrue(online.output().contains("TKSK: "), online.output());
            assertTrue(online.output().matches("(?s).*Filed KL-\\d{4}-\\d{6} \\(SUBMITTED\\).*"), online.output());
            assertTrue(online.output().contains("Queued 6 items"), online.output());
            assertTrue(online.output().contains("6 sent, 0 rejected, 0 pending"), online.output());
        }
    }

    private ExternalCommand.Result runExample(String baseUrl, Path outbox) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ExternalCommand.run(List.of(java, "-cp", System.getProperty("java.class.path"),
                FieldAppExample.class.getName(), baseUrl, "psm.kolo", "demo-pilar-bima", outbox.toString()),
                Map.of(), Duration.ofMinutes(2), work);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
