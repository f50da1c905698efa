package id.go.bimakota.pilar.client.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example in README.md is FieldAppExample, compiled with the tests and run against the packaged
 * service by the API's FieldAppExampleIT; this keeps the two texts one.
 */
class ReadmeExampleTest {

    private static final Path SOURCE = Path.of("src/test/java/id/go/bimakota/pilar/client/example/FieldAppExample.java");
    private static final Pattern EXAMPLE = Pattern.compile("## Example\\n.*?```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void readmeShowsTheCompiledExample() throws Exception {
        Matcher block = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README.md has a java block under \"## Example\"");
        assertEquals(Files.readString(SOURCE), block.group(1),
                "README.md's example differs from " + SOURCE + ": copy the file into the block");
    }
}
