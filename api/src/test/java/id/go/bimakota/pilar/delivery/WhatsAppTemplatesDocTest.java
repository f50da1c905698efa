package id.go.bimakota.pilar.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The templates the Dinas registers in WhatsApp Manager (docs/WHATSAPP.md, "Templates") are exactly
 * {@link MessageTemplate}: a template sent under a name or with a body Meta does not know is refused
 * (132001, 132000). Run with {@code -Dpilar.docs.update=true} to rewrite the section from the enum.
 */
class WhatsAppTemplatesDocTest {

    static final Path DOC = Path.of("../docs/WHATSAPP.md");
    static final String BEGIN = "<!-- templates: generated from delivery/MessageTemplate by WhatsAppTemplatesDocTest; "
            + "edit the enum, not this list -->\n";
    static final String END = "<!-- /templates -->";
    static final Pattern SECTION = Pattern.compile(Pattern.quote(BEGIN) + "(.*?)" + Pattern.quote(END), Pattern.DOTALL);

    @Test
    void theDocListsEveryTemplateAsTheServiceSendsIt() throws IOException {
        String doc = Files.readString(DOC);
        Matcher section = SECTION.matcher(doc);
        assertTrue(section.find(), DOC + " has the generated templates section between its markers");
        String expected = render();
        if (Boolean.getBoolean("pilar.docs.update")) {
            Files.writeString(DOC, doc.substring(0, section.start(1)) + expected + doc.substring(section.end(1)));
            return;
        }
        assertEquals(expected, section.group(1), DOC + " differs from MessageTemplate: run this test with "
                + "-Dpilar.docs.update=true and commit the doc");
    }

    @Test
    void everyParameterOfABodyIsOneFieldInOrder() {
        for (MessageTemplate t : MessageTemplate.values()) {
            List<Integer> used = Pattern.compile("\\{\\{(\\d+)}}").matcher(t.body()).results()
                    .map(m -> Integer.parseInt(m.group(1))).distinct().sorted().toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, t.fields().size()).boxed().toList(), used,
                    t + " uses {{1}}…{{n}} once each for its n fields");
        }
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("Every template: category **UTILITY**, language **id** (Indonesian), body only (no header, no ")
                .append("footer, no buttons).\nEach `{{n}}` is one line of text; none carries a PPKS's name, NIK or ")
                .append("case text.\n");
        for (MessageTemplate t : MessageTemplate.values()) {
            out.append("\n### `").append(t.waName()).append("` — ").append(t.headline()).append("\n\n")
                    .append("Category **UTILITY**, language `id`. Body:\n\n```text\n").append(t.body().strip())
                    .append("\n```\n\n| Parameter | Carries |\n|---|---|\n");
            for (int i = 0; i < t.fields().size(); i++) {
                out.append("| `{{").append(i + 1).append("}}` | ").append(t.fields().get(i).meaning()).append(" |\n");
            }
        }
        return out.toString();
    }
}
