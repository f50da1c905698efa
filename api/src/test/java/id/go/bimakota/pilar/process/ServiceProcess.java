package id.go.bimakota.pilar.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The packaged service started as a real OS process, for tests of restarts and crashes. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The two builds of the service (the database kind is fixed at build time). The PostgreSQL build
     * exists when Maven ran with {@code -Ppostgres-tests}; it uses the database of
     * {@code PILAR_IT_DB_URL} (default {@code pilar_it}, which bin/test creates) and signing keys
     * generated once per test run, shared by all its processes like mounted production keys.
     */
    public enum Database {
        H2, POSTGRES;

        private static Path sharedKeys;

        /** Whether this build was packaged, so tests on it can run (else they are skipped). */
        public boolean available() {
            return jar() != null && Files.isRegularFile(Path.of(jar()));
        }

        String jar() {
            return this == H2 ? System.getProperty("pilar.jar", "target/quarkus-app/quarkus-run.jar")
                    : System.getProperty("pilar.postgres.jar");
        }

        Map<String, String> environment() throws IOException {
            if (this == H2) {
                return Map.of();
            }
            Path keys = keys();
            return Map.of("QUARKUS_PROFILE", "postgres",
                    "PILAR_DB_URL", env("PILAR_IT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/pilar_it"),
                    "PILAR_DB_USER", env("PILAR_IT_DB_USER", "pilar_test"),
                    "PILAR_DB_PASSWORD", env("PILAR_IT_DB_PASSWORD", "pilar_test"),
                    "PILAR_JWT_PRIVATE_KEY", keys.resolve("jwt-private.pem").toString(),
                    "PILAR_JWT_PUBLIC_KEY", keys.resolve("jwt-public.pem").toString());
        }

        private static synchronized Path keys() throws IOException {
            if (sharedKeys == null) {
                Path dir = Files.createTempDirectory("pilar-it-keys");
                KeyPair pair = rsaKeyPair();
                Files.writeString(dir.resolve("jwt-private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(dir.resolve("jwt-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                sharedKeys = dir;
            }
            return sharedKeys;
        }

        private static KeyPair rsaKeyPair() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String pem(String type, byte[] der) {
            return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END " + type + "-----\n";
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

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

    /** Starts the embedded (H2) build on a fresh port with the given environment; waits until ready. */
    public static ServiceProcess start(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        return start(Database.H2, dataDir, env);
    }

    /** Starts the build for the database on a fresh port with the given environment; waits until ready. */
    public static ServiceProcess start(Database database, Path dataDir, Map<String, String> env)
            throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("service-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", database.jar()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.putAll(env);
        environment.put("PORT", Integer.toString(port));
        environment.put("PILAR_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        ServiceProcess service = new ServiceProcess(builder.start(), port, log, 0);
        service.awaitReady(Duration.ofSeconds(180)); // a busy CI machine has been seen to need 70 s
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
