package id.go.bimakota.pilar.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program outside the JVM (node, bash) the way an integrator's machine would, with a time limit. */
final class ExternalCommand {

    /** Where the pinned node tools (Spectral, Redocly, playwright-core) live; bin/lint-contract installs them. */
    static final Path TOOLS = Path.of("..", "tools", "contract-lint").toAbsolutePath().normalize();

    record Result(int exitCode, String output) {
    }

    private ExternalCommand() {
    }

    static Result run(List<String> command, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        return run(command, env, timeout, Path.of("").toAbsolutePath());
    }

    static Result run(List<String> command, Map<String, String> env, Duration timeout, Path directory)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("pilar-command-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Result(-1, "timed out after " + timeout + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static boolean onPath(String program) {
        return System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
