package app.haat.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads back the QR code printed on a PDF page, as a phone would from paper. */
public final class PdfQrCodes {

    private PdfQrCodes() {}

    /** The text of the QR code on this page (0-based), rendered at 200 dpi and decoded by ZXing's reader. */
    public static String read(PDDocument document, int page) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 200);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(
                                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                        Map.of(DecodeHintType.TRY_HARDER, true))
                .getText();
    }
}
