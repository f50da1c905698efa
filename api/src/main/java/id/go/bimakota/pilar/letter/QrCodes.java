package id.go.bimakota.pilar.letter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes as PNG data URIs, for the letter's verification link. */
final class QrCodes {

    /** Pixels per module: crisp when printed at about 3 cm, and still small as a PNG. */
    private static final int SCALE = 6;

    private QrCodes() {
    }

    static String pngDataUri(String text) {
        try {
            // Level M survives a crease or a stain on a printed page; the quiet zone of 4 modules is the standard's.
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
