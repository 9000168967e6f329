package app.haat.centre;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The QR code of a certificate's public address, as modules (no quiet zone added: the page around it is white). */
final class CertificateQr {

    private CertificateQr() {}

    static BitMatrix matrix(String url) {
        try {
            return new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + url, e);
        }
    }
}
