package app.haat.mail;

import app.haat.core.i18n.Translator;
import app.haat.core.pdf.ShapedTextWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The printable allotment letter: group, venue, kiosk, dates, what to bring and a snippet of the floor plan with the
 * group's kiosk marked. Bengali or English by the recipient's language; the Bengali font is embedded (subset).
 */
@Component
public class AllotmentLetter {

    private static final float MARGIN = 56;
    private static final float PLAN_HEIGHT = 200;
    /** The stall's details in the letter: the bundle key of the label and the model's key of the value. */
    private record Detail(String label, String key) {}

    private static final List<Detail> DETAILS = List.of(
            new Detail("letter.group", "groupName"),
            new Detail("letter.venue", "venue"),
            new Detail("letter.address", "address"),
            new Detail("letter.location", "location"),
            new Detail("letter.kiosk", "kiosk"),
            new Detail("letter.floor", "floor"),
            new Detail("letter.from", "dateFrom"),
            new Detail("letter.to", "dateTo"));
    private final ShapedTextWriter.FontFace regular =
            new ShapedTextWriter.FontFace("/fonts/NotoSansBengali-Regular.ttf");
    private final Translator translator;

    public AllotmentLetter(Translator translator) {
        this.translator = translator;
    }

    public byte[] render(Map<String, Object> model, Locale locale) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text(locale, "letter.title") + " " + value(model, "reference"));
            info.setCreator("Haat");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = regular.embedInto(document);
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                ShapedTextWriter title = new ShapedTextWriter(stream, font, regular, 18, true);
                ShapedTextWriter label = new ShapedTextWriter(stream, font, regular, 11, true);
                ShapedTextWriter body = new ShapedTextWriter(stream, font, regular, 11, false);
                y = heading(stream, title, body, model, locale, y);
                y = details(label, body, model, locale, y);
                label.write(text(locale, "letter.plan"), MARGIN, y);
                y -= 10;
                drawFloorPlan(stream, body, model, MARGIN, y, width - 2 * MARGIN, PLAN_HEIGHT);
                contactAndSignature(stream, label, body, model, locale, width, y - PLAN_HEIGHT - 28);
                body.write(text(locale, "letter.footer"), MARGIN, MARGIN);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the allotment letter", e);
        }
    }

    /** The title in the brand's colour, the issuer, reference and date, the greeting and the introduction. */
    private float heading(
            PDPageContentStream stream,
            ShapedTextWriter title,
            ShapedTextWriter body,
            Map<String, Object> model,
            Locale locale,
            float top)
            throws IOException {
        float y = top;
        Color brand = new Color(0x8a, 0x2b, 0x0f);
        stream.setNonStrokingColor(brand);
        stream.setStrokingColor(brand);
        title.write(text(locale, "letter.title"), MARGIN, y);
        stream.setNonStrokingColor(Color.BLACK);
        stream.setStrokingColor(Color.BLACK);
        y -= 18;
        body.write(text(locale, "letter.issuer"), MARGIN, y);
        y -= 14;
        body.write(
                text(locale, "letter.reference") + ": " + value(model, "reference") + "   "
                        + text(locale, "letter.issuedOn") + ": " + value(model, "issuedOn"),
                MARGIN,
                y);
        y -= 30;
        body.write(text(locale, "letter.greeting", value(model, "groupName")), MARGIN, y);
        y -= 16;
        for (String line : wrap(text(locale, "letter.intro", value(model, "exhibition")), 90)) {
            body.write(line, MARGIN, y);
            y -= 15;
        }
        return y - 10;
    }

    /** The stall's details as label and value, then what to bring. */
    private float details(
            ShapedTextWriter label, ShapedTextWriter body, Map<String, Object> model, Locale locale, float top)
            throws IOException {
        float y = top;
        for (Detail detail : DETAILS) {
            if (value(model, detail.key()).isEmpty()) {
                continue; // e.g. a venue without a map location
            }
            label.write(text(locale, detail.label()), MARGIN, y);
            body.write(value(model, detail.key()), MARGIN + 130, y);
            y -= 17;
        }
        y -= 8;
        label.write(text(locale, "letter.bring"), MARGIN, y);
        y -= 16;
        for (String line : wrap(value(model, "whatToBring"), 90)) {
            body.write(line, MARGIN, y);
            y -= 15;
        }
        return y - 14;
    }

    /** Whom to call (the municipality's officers) on the left; the issuing officer's signature line on the right. */
    private void contactAndSignature(
            PDPageContentStream stream,
            ShapedTextWriter label,
            ShapedTextWriter body,
            Map<String, Object> model,
            Locale locale,
            float width,
            float top)
            throws IOException {
        float y = top;
        label.write(text(locale, "letter.contact"), MARGIN, y);
        Object contacts = model.get("contacts");
        if (contacts instanceof List<?> lines) {
            for (Object line : lines) {
                y -= 15;
                body.write(String.valueOf(line), MARGIN, y);
            }
        }
        float left = width / 2 + 40;
        float lineY = top - 36;
        stream.setStrokingColor(Color.BLACK);
        stream.moveTo(left, lineY);
        stream.lineTo(width - MARGIN, lineY);
        stream.stroke();
        body.write(text(locale, "letter.signature"), left, lineY - 14);
        body.write(text(locale, "letter.signatory", value(model, "municipality")), left, lineY - 29);
    }

    /** Kiosks as rectangles in plan units; the group's kiosk is filled. */
    @SuppressWarnings("unchecked")
    private static void drawFloorPlan(
            PDPageContentStream stream,
            ShapedTextWriter label,
            Map<String, Object> model,
            float left,
            float top,
            float maxWidth,
            float maxHeight)
            throws IOException {
        Object plan = model.get("floorPlan");
        if (!(plan instanceof List<?> kiosks) || kiosks.isEmpty()) {
            return;
        }
        double planWidth = 1;
        double planHeight = 1;
        for (Object o : kiosks) {
            Map<String, Object> k = (Map<String, Object>) o;
            planWidth = Math.max(planWidth, number(k, "x") + number(k, "w"));
            planHeight = Math.max(planHeight, number(k, "y") + number(k, "h"));
        }
        float scale = (float) Math.min(maxWidth / planWidth, maxHeight / planHeight);
        stream.setStrokingColor(Color.DARK_GRAY);
        stream.addRect(left, top - (float) planHeight * scale, (float) planWidth * scale, (float) planHeight * scale);
        stream.stroke();
        String mine = value(model, "kiosk");
        for (Object o : kiosks) {
            Map<String, Object> k = (Map<String, Object>) o;
            float x = left + (float) number(k, "x") * scale;
            float w = (float) number(k, "w") * scale;
            float h = (float) number(k, "h") * scale;
            float y = top - (float) number(k, "y") * scale - h;
            boolean isMine = mine.equals(String.valueOf(k.get("code")));
            stream.setNonStrokingColor(isMine ? new Color(0xf4, 0xc5, 0x42) : new Color(0xfb, 0xee, 0xe6));
            stream.addRect(x + 2, y + 2, w - 4, h - 4);
            stream.fillAndStroke();
            stream.setNonStrokingColor(Color.BLACK);
            label.write(String.valueOf(k.get("code")), x + 6, y + h / 2 - 4);
        }
    }

    private String text(Locale locale, String key, Object... params) {
        return translator.getTranslation(key, locale, params);
    }

    private static String value(Map<String, Object> model, String key) {
        Object value = model.get(key);
        return value == null ? "" : value.toString();
    }

    private static double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** Breaks a paragraph into lines of at most {@code columns} characters at spaces. */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
