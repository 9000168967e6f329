package app.haat.core.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * QR codes drawn into PDFs as vector squares (sharp at any print size): a certificate's public address, a stall card's
 * UPI payment link. No quiet zone is added: the page around the code is white.
 */
public final class QrCodes {

    private QrCodes() {}

    /** The code's modules for this text (error correction M). */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + text, e);
        }
    }

    /** The code's dark modules as filled squares, {@code size} points wide, its lower left corner at (x, y). */
    public static void draw(PDPageContentStream stream, BitMatrix matrix, float x, float y, float size)
            throws IOException {
        float module = size / matrix.getWidth();
        stream.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    stream.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }
}
