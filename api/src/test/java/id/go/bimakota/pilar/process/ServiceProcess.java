package id.go.bimakota.pilar.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The packaged service started as a real OS process, for tests of restarts and crashes. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final long readyMillis;

    private ServiceProcess(Process process, int port, Path log, long readyMillis) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.readyMillis = readyMillis;
    }

    /** Starts the jar built by {@code package} on a fresh port with the given environment; waits until ready. */
    public static ServiceProcess start(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        String jar = System.getProperty("pilar.jar", "target/quarkus-app/quarkus-run.jar");
        int port = freePort();
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("service-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(env);
        environment.put("PORT", Integer.toString(port));
        environment.put("PILAR_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        ServiceProcess service = new ServiceProcess(builder.start(), port, log, 0);
        service.awaitReady(Duration.ofSeconds(60));
        return new ServiceProcess(service.process, port, log, (System.nanoTime() - started) / 1_000_000);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public long readyMillis() {
        return readyMillis;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the crash a power cut or the OOM killer would cause. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM and wait: an orderly stop. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Service exited early:\n" + log());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Service not ready within " + timeout + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
