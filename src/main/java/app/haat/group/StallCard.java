package app.haat.group;

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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The stall card: an A5 page for the kiosk's counter with the group's name, its municipality, a QR code of its UPI
 * payment link (7.7 cm wide, centred) with the UPI ID under it, and its products. A group without a UPI ID (only in an
 * exhibition's print) gets the same page with "no UPI ID yet" where the code would be. Bengali or English by the
 * reader's language; the Bengali font is embedded (subset).
 */
@Component
class StallCard {

    private static final float QR_SIZE = 220;
    private static final float MARGIN = 28;
    private static final float TEXT_WIDTH = PDRectangle.A5.getWidth() - 2 * 44;
    private static final Color BRAND = new Color(0x8a, 0x2b, 0x0f);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    /** One card: the name as the group wrote it, its products, the footer (kiosk) if any. */
    record Content(
            String name,
            String municipality,
            List<Item> products,
            @Nullable String upiId,
            @Nullable String paymentLink,
            @Nullable String footer) {

        /** A product's name and its price as it prints (₹300–900), if the group gave one. */
        record Item(String name, @Nullable String price) {}
    }

    private final ShapedTextWriter.FontFace regular =
            new ShapedTextWriter.FontFace("/fonts/NotoSansBengali-Regular.ttf");
    private final Translator translator;

    StallCard(Translator translator) {
        this.translator = translator;
    }

    /** One page per card, in this order; {@code title} names the document. */
    byte[] render(List<Content> cards, String title, Locale locale) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Haat");
            PDType0Font font = regular.embedInto(document);
            for (Content card : cards) {
                PDPage page = new PDPage(PDRectangle.A5);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    page(stream, font, card, locale);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the stall card", e);
        }
    }

    private void page(PDPageContentStream stream, PDType0Font font, Content card, Locale locale) throws IOException {
        float width = PDRectangle.A5.getWidth();
        float height = PDRectangle.A5.getHeight();
        float centre = width / 2;
        stream.setStrokingColor(BRAND);
        stream.setLineWidth(3);
        stream.addRect(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN);
        stream.stroke();
        ShapedTextWriter name = new ShapedTextWriter(stream, font, regular, 24, true);
        ShapedTextWriter heading = new ShapedTextWriter(stream, font, regular, 14, true);
        ShapedTextWriter body = new ShapedTextWriter(stream, font, regular, 11, false);
        float y = height - 72;
        stream.setNonStrokingColor(BRAND);
        stream.setStrokingColor(BRAND);
        for (String line : name.wrap(card.name(), TEXT_WIDTH).stream().limit(2).toList()) {
            name.writeCentred(line, centre, y);
            y -= 28;
        }
        stream.setNonStrokingColor(GREY);
        body.writeCentred(card.municipality(), centre, y + 2);
        stream.setNonStrokingColor(Color.BLACK);
        stream.setStrokingColor(Color.BLACK);
        y -= 34;
        float qrBottom = y - 12 - QR_SIZE;
        if (card.upiId() != null && card.paymentLink() != null) {
            heading.writeCentred(text(locale, "stallCard.scan"), centre, y);
            QrCodes.draw(stream, QrCodes.matrix(card.paymentLink()), centre - QR_SIZE / 2, qrBottom, QR_SIZE);
            new ShapedTextWriter(stream, font, regular, 15, true).writeCentred(card.upiId(), centre, qrBottom - 22);
        } else {
            noUpiId(stream, heading, body, locale, centre, qrBottom);
        }
        products(heading, body, card.products(), locale, qrBottom - 56);
        stream.setNonStrokingColor(GREY);
        ShapedTextWriter small = new ShapedTextWriter(stream, font, regular, 9, false);
        String footer = card.footer() == null
                ? text(locale, "stallCard.footer")
                : card.footer() + " · " + text(locale, "stallCard.footer");
        if (card.footer() != null && small.width(footer) > width - 2 * MARGIN - 16) {
            footer = card.footer(); // a long exhibition title: the kiosk matters more than the portal's name
        }
        small.writeCentred(footer, centre, MARGIN + 12);
        stream.setNonStrokingColor(Color.BLACK);
    }

    /** Where the code would be: a dashed square saying the group has no UPI ID yet, so buyers pay in cash. */
    private void noUpiId(
            PDPageContentStream stream,
            ShapedTextWriter heading,
            ShapedTextWriter body,
            Locale locale,
            float centre,
            float bottom)
            throws IOException {
        stream.setLineDashPattern(new float[] {6, 4}, 0);
        stream.setLineWidth(1);
        stream.addRect(centre - QR_SIZE / 2, bottom, QR_SIZE, QR_SIZE);
        stream.stroke();
        stream.setLineDashPattern(new float[] {}, 0);
        heading.writeCentred(text(locale, "stallCard.noUpiId"), centre, bottom + QR_SIZE / 2 + 8);
        body.writeCentred(text(locale, "stallCard.cash"), centre, bottom + QR_SIZE / 2 - 14);
    }

    /** "Our products" and as many product lines as fit above the footer, then how many more there are. */
    private void products(
            ShapedTextWriter heading, ShapedTextWriter body, List<Content.Item> products, Locale locale, float top)
            throws IOException {
        if (products.isEmpty()) {
            return;
        }
        float y = top;
        float left = MARGIN + 24;
        heading.write(text(locale, "stallCard.products"), left, y);
        y -= 18;
        int fits = (int) ((y - MARGIN - 30) / 15) + 1;
        int shown = products.size() > fits ? fits - 1 : products.size();
        for (Content.Item product : products.subList(0, Math.max(shown, 0))) {
            // name and price written apart, so that a name in Latin letters stays plain (searchable) text
            float x = left + body.write("• ", left, y);
            String price = product.price() == null ? "" : " · " + product.price();
            List<String> lines = body.wrap(product.name(), TEXT_WIDTH - (x - left) - body.width(price));
            x += body.write(lines.getFirst() + (lines.size() > 1 ? " …" : ""), x, y);
            body.write(price, x, y);
            y -= 15;
        }
        if (shown < products.size()) {
            body.write(text(locale, "stallCard.moreProducts", products.size() - shown), left, y);
        }
    }

    private String text(Locale locale, String key, Object... params) {
        return translator.getTranslation(key, locale, params);
    }
}
