package app.haat.centre;

import app.haat.core.i18n.Translator;
import app.haat.core.pdf.QrCodes;
import app.haat.core.pdf.ShapedTextWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The certificate of a member who completed the e-retail trainings, in Bengali or English, on a landscape A4 page
 * with the Bengali font embedded (names are printed as typed, in either script).
 */
@Component
class TrainingCertificate {

    private final ShapedTextWriter.FontFace regular =
            new ShapedTextWriter.FontFace("/fonts/NotoSansBengali-Regular.ttf");
    private final Translator translator;

    TrainingCertificate(Translator translator) {
        this.translator = translator;
    }

    /**
     * The certificate: member, group, the topics attended and the date, with its reference and a QR code of the
     * public address that shows it ({@code url}).
     */
    byte[] render(
            String member,
            String group,
            List<String> topics,
            String date,
            String reference,
            String url,
            Locale locale) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            document.getDocumentInformation().setTitle(text(locale, "certificate.title") + " " + reference);
            PDType0Font font = regular.embedInto(document);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Color brand = new Color(0x8a, 0x2b, 0x0f);
                stream.setStrokingColor(brand);
                stream.setLineWidth(4);
                stream.addRect(28, 28, width - 56, height - 56);
                stream.stroke();
                ShapedTextWriter title = new ShapedTextWriter(stream, font, regular, 28, true);
                ShapedTextWriter big = new ShapedTextWriter(stream, font, regular, 22, true);
                ShapedTextWriter body = new ShapedTextWriter(stream, font, regular, 13, false);
                float left = 80;
                float y = height - 110;
                stream.setNonStrokingColor(brand);
                title.write(text(locale, "certificate.title"), left, y);
                stream.setNonStrokingColor(Color.BLACK);
                y -= 50;
                body.write(text(locale, "certificate.certifies"), left, y);
                y -= 36;
                big.write(member, left, y);
                y -= 28;
                body.write(text(locale, "certificate.ofGroup", group), left, y);
                y -= 30;
                body.write(text(locale, "certificate.completed"), left, y);
                for (String topic : topics) {
                    y -= 20;
                    body.write("• " + topic, left + 16, y);
                }
                y -= 40;
                body.write(text(locale, "certificate.issuer"), left, y);
                QrCodes.draw(stream, QrCodes.matrix(url), width - 80 - 110, 70, 110);
                new ShapedTextWriter(stream, font, regular, 9, false).write(url, left, 42);
                body.write(
                        text(locale, "certificate.date", date) + "   " + text(locale, "letter.reference") + ": "
                                + reference,
                        left,
                        60);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the certificate", e);
        }
    }

    private String text(Locale locale, String key, Object... params) {
        return translator.getTranslation(key, locale, params);
    }
}
