package id.go.bimakota.pilar.letter;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading letters back as a person would: their text, their first page as an image, their QR code. */
final class Letters {

    static final Pattern NUMBER = Pattern.compile("400\\.9/(\\d{3})/DINSOS/([IVX]+)/(\\d{4})");
    static final Pattern VERIFY_URL = Pattern.compile("https://pilar\\.bimakota\\.go\\.id/v/([a-z2-7]{20})");
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private Letters() {
    }

    /** The text of every page, whitespace folded into single spaces. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    static BufferedImage firstPage(byte[] pdf, Path png) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Print resolution: at 150 dpi a module of the 30 mm code is about 4 pixels, and resampling
            // (not the code) then decides whether a reader finds it; a phone camera sees the paper sharper.
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
            if (png != null) {
                Files.createDirectories(png.getParent());
                ImageIO.write(image, "png", png.toFile());
            }
            return image;
        }
    }

    static String qr(BufferedImage image) throws Exception {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the page image", e);
        }
    }

    static String number(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no letter number in: " + text);
        }
        return m.group();
    }

    static String verifyUrl(String text) {
        Matcher m = VERIFY_URL.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no verification link in: " + text);
        }
        return m.group();
    }

    static String date(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    static String dayAndDate(LocalDate d) {
        return DAYS[d.getDayOfWeek().getValue() - 1] + ", " + date(d);
    }
}
