package id.go.bimakota.pilar.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.bimakota.pilar.process.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/INTEGRATION.md and README.md cannot rot: their {@code bash tested} blocks run in order, in one
 * bash, against the packaged service (with the demo data for INTEGRATION.md, on an empty database for
 * README's first day), and every line of the {@code text} block that follows a block must appear in
 * what that block printed.
 */
class IntegrationDocsIT {

    static final Path DOC = Path.of("..", "docs", "INTEGRATION.md");
    static final Path README = Path.of("..", "README.md");
    private static final Pattern TESTED = Pattern.compile("```bash tested\\n(.*?)```\\n(?:\\n```text\\n(.*?)```)?",
            Pattern.DOTALL);
    private static final String MARK = "@@docs-block ";

    record Example(String script, List<String> expected) {
    }

    @TempDir
    Path work;

    @Test
    void curlExamplesWorkAsWritten() throws Exception {
        runAsWritten(DOC, 8, Map.of("PILAR_DEMO_DATA", "true", "PILAR_ADMIN_PASSWORD", "docs-admin-2026"), Map.of());
    }

    /** README's "First day at the Dinas" starts from an empty database, with the first start's admin password. */
    @Test
    void firstDayAtTheDinasWorksAsWritten() throws Exception {
        String password = "first-start-2026";
        runAsWritten(README, 5, Map.of("PILAR_ADMIN_PASSWORD", password), Map.of("ADMIN_PASSWORD", password));
    }

    private void runAsWritten(Path doc, int atLeast, Map<String, String> serviceEnv, Map<String, String> scriptEnv)
            throws Exception {
        List<Example> examples = examples(Files.readString(doc));
        assertTrue(examples.size() >= atLeast, "the tested examples of " + doc + " were found: " + examples.size());
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int i = 0; i < examples.size(); i++) {
            script.append("echo '").append(MARK).append(i).append("'\n").append(examples.get(i).script()).append('\n');
        }
        Files.writeString(work.resolve("examples.sh"), script);
        try (ServiceProcess service = ServiceProcess.start(work.resolve("data"), serviceEnv)) {
            Map<String, String> env = new HashMap<>(scriptEnv);
            env.put("BASE_URL", service.uri("").toString().replaceAll("/$", ""));
            ExternalCommand.Result run = ExternalCommand.run(List.of("bash", work.resolve("examples.sh").toString()),
                    env, Duration.ofMinutes(3), work);
            assertEquals(0, run.exitCode(), "an example of " + doc + " failed:\n" + run.output());
            String[] outputs = run.output().split(Pattern.quote(MARK));
            assertEquals(examples.size() + 1, outputs.length, run.output());
            for (int i = 0; i < examples.size(); i++) {
                String output = outputs[i + 1];
                for (String line : examples.get(i).expected()) {
                    assertTrue(output.contains(line), "example " + (i + 1) + " of " + doc + " should print «"
                            + line + "» but printed:\n" + output);
                }
            }
        }
    }

    static List<Example> examples(String markdown) {
        List<Example> examples = new ArrayList<>();
        Matcher matcher = TESTED.matcher(markdown);
        while (matcher.find()) {
            List<String> expected = matcher.group(2) == null ? List.of()
                    : matcher.group(2).lines().filter(line -> !line.isBlank()).toList();
            examples.add(new Example(matcher.group(1), expected));
        }
        return examples;
    }
}
