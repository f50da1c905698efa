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
import java.util.List;
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

    /**
     * The QR code of a page. A whole A4 page at 300 DPI holds enough text and lines that ZXing's
     * detector sometimes settles on false finder patterns (it failed on some letters' contents), so
     * the page and then its halves and quarters are tried with both binarizers.
     */
    static String qr(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        List<BufferedImage> views = new java.util.ArrayList<>(List.of(image,
                image.getSubimage(0, 0, w, h / 2), image.getSubimage(0, h / 2, w, h - h / 2)));
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                views.add(image.getSubimage(x * w / 2, y * h / 2, w / 2, h / 2));
            }
        }
        for (BufferedImage view : views) {
            BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(view);
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                    // the next view
                }
            }
        }
        throw new AssertionError("no QR code found on the page image");
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
