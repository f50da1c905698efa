package id.go.bimakota.pilar.letter;

import id.go.bimakota.pilar.common.config.PilarConfig;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.go.bimakota.pilar.letter.LetterViews.Letter;
import id.go.bimakota.pilar.letter.LetterViews.Letterhead;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Letters as A4 PDF: a Qute template (XHTML) rendered by openhtmltopdf on PDFBox, with DejaVu Sans
 * embedded from the resources, so the letter looks the same on every printer and phone.
 */
@ApplicationScoped
public class LetterRenderer {

    /** Changes with the template, so that a client's cached copy (ETag) is replaced. */
    private static final String LAYOUT_VERSION = "letter-1";

    @CheckedTemplate(basePath = "letter")
    static class Templates {
        static native TemplateInstance letters(String css, Letterhead head, List<LetterPage> pages, String emptyDay);
    }

    private final Letterhead letterhead;
    private final String css;
    private final byte[] regular;
    private final byte[] bold;

    public LetterRenderer(PilarConfig.Letter settings) {
        this.letterhead = letterhead(settings);
        this.css = resource("letter/letter.css");
        this.regular = bytes("letter/fonts/DejaVuSans.ttf");
        this.bold = bytes("letter/fonts/DejaVuSans-Bold.ttf");
    }

    /** An entity tag of what the letter would show: equal tags, equal PDFs. */
    public String etag(Letter letter) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((LAYOUT_VERSION + letterhead + letter).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] pdf(Letter letter) {
        return pdf(List.of(letter), null);
    }

    /** Several letters in one document, each starting on a new page; {@code emptyDay} when there are none. */
    public byte[] pdf(List<Letter> letters, String emptyDay) {
        String html = html(letters, emptyDay);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Pilar Bima");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String html(List<Letter> letters, String emptyDay) {
        List<LetterPage> pages = letters.stream().map(l -> new LetterPage(l, QrCodes.pngDataUri(l.verifyUrl()))).toList();
        return Templates.letters(css, letterhead, pages, emptyDay).render();
    }

    /** A letter and its QR code image. */
    @io.quarkus.qute.TemplateData
    public record LetterPage(Letter letter, String qr) {
    }

    Letterhead letterhead() {
        return letterhead;
    }

    private static Letterhead letterhead(PilarConfig.Letter settings) {
        PilarConfig.Letter.Letterhead head = settings.letterhead();
        String contacts = Stream.of(head.phone().map(p -> "Telepon " + p), head.email().map(e -> "Pos-el " + e),
                        head.website().map(w -> "Laman " + w)).flatMap(java.util.Optional::stream)
                .collect(Collectors.joining(" · "));
        String logo = head.logo().map(LetterRenderer::logoDataUri).orElse(null);
        PilarConfig.Letter.Signer signer = settings.signer();
        return new Letterhead(head.government(), head.office(), head.address(), contacts, logo, signer.position(),
                signer.name().orElse(null), signer.rank().orElse(null), signer.nip().orElse(null));
    }

    /** The logo is read once at start: a wrong path stops the start instead of every letter. */
    private static String logoDataUri(String file) {
        Path path = Path.of(file);
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        String type = lower.endsWith(".png") ? "image/png" : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
        if (type == null) {
            throw new IllegalStateException("PILAR_LETTERHEAD_LOGO must be a .png or .jpg file: " + file);
        }
        try {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read PILAR_LETTERHEAD_LOGO " + path.toAbsolutePath(), e);
        }
    }

    static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
