package app.haat.dashboard;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.pdf.ShapedTextWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The dashboard as an A4 PDF for a meeting or a file: its scope and date, the figures, and every chart as bars with
 * its numbers beside them, in Bengali or English. Drawn with PDFBox; Bengali shaped by {@link ShapedTextWriter}.
 */
@Component
class DashboardPdf {

    private static final float MARGIN = 48;
    private static final float LABEL_WIDTH = 190;
    private static final float BAR_WIDTH = 220;
    private static final Color BRAND = new Color(0x8a, 0x2b, 0x0f);
    private static final Color BAR = new Color(0xc2, 0x5b, 0x2a);

    private final ShapedTextWriter.FontFace regular =
            new ShapedTextWriter.FontFace("/fonts/NotoSansBengali-Regular.ttf");
    private final Translator translator;

    DashboardPdf(Translator translator) {
        this.translator = translator;
    }

    void write(DashboardService.Dashboard dashboard, Locale locale, OutputStream out) {
        boolean bengali = Translator.BENGALI.equals(Translator.supported(locale));
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation()
                    .setTitle(text(locale, "app.name") + " · " + text(locale, "dashboard.title"));
            Pages pages = new Pages(document, regular.embedInto(document));
            pages.title(text(locale, "app.name") + " · " + text(locale, "dashboard.title"));
            List<String> scope = bengali ? dashboard.scopeBn() : dashboard.scopeEn();
            pages.line(
                    scope == null
                            ? text(locale, "dashboard.stateWide")
                            : text(locale, "dashboard.scope", String.join(", ", scope)),
                    11);
            pages.line(
                    text(locale, "dashboard.on", Formats.date(dashboard.on(), locale)) + " · "
                            + text(
                                    locale,
                                    "dashboard.period." + dashboard.period().name()),
                    11);
            figures(pages, dashboard.figures(), locale);
            for (DashboardService.Chart chart : dashboard.charts()) {
                chart(pages, chart, locale, bengali);
            }
            upiShare(pages, dashboard.upiShare(), locale);
            pages.close();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the dashboard", e);
        }
    }

    private void figures(Pages pages, DashboardService.Figures f, Locale locale) throws IOException {
        pages.gap(10);
        pages.heading(text(locale, "dashboard.figures"));
        for (DashboardService.Figure figure : f.inOrder()) {
            pages.pair(Formats.number(figure.value(), locale), text(locale, figure.key()));
        }
    }

    /** A chart as labelled bars scaled to its largest value, its numbers beside them. */
    private void chart(Pages pages, DashboardService.Chart chart, Locale locale, boolean bengali) throws IOException {
        pages.gap(10);
        pages.heading(text(locale, "dashboard." + chart.key()));
        if (chart.bars().isEmpty()) {
            pages.line(text(locale, chart.emptyKey()), 11);
            return;
        }
        long max = chart.bars().stream()
                .mapToLong(DashboardService.Bar::value)
                .max()
                .orElse(1);
        for (DashboardService.Bar bar : chart.bars()) {
            String label = bar.label(bengali);
            pages.bar(
                    shorten(label),
                    bar.value() / (float) Math.max(1, max),
                    chart.rupees()
                            ? text(locale, "dashboard.rupees", Formats.number(bar.value(), locale))
                            : Formats.number(bar.value(), locale));
        }
    }

    /** The UPI share: the whole with the reports left out, then by exhibition, district and month as bars of 100%. */
    private void upiShare(Pages pages, UpiShare share, Locale locale) throws IOException {
        pages.gap(10);
        pages.heading(text(locale, "dashboard.upiShare"));
        UpiShareSection.Texts texts = new UpiShareSection.Texts(
                (key, params) -> text(locale, key, params),
                rupees -> text(locale, "dashboard.rupees", Formats.number(rupees, locale)));
        pages.line(UpiShareSection.summary(share, texts, locale), 11);
        for (UpiShare.Breakdown breakdown : share.breakdowns()) {
            if (breakdown.lines().isEmpty()) {
                continue;
            }
            pages.gap(6);
            pages.line(text(locale, "dashboard." + breakdown.key()), 12);
            for (UpiShareLine line : breakdown.lines()) {
                Integer percent = line.upiPercent();
                pages.bar(
                        shorten(line.label(locale)),
                        percent == null ? 0 : percent / 100f,
                        UpiShareSection.shown(line, texts, locale));
            }
        }
    }

    private static String shorten(String label) {
        return label.codePointCount(0, label.length()) <= 32
                ? label
                : label.substring(0, label.offsetByCodePoints(0, 31)) + "…";
    }

    private String text(Locale locale, String key, Object... params) {
        return translator.getTranslation(key, locale, params);
    }

    /** Lines down the page, a new page when one is full. */
    private final class Pages {
        private final PDDocument document;
        private final PDType0Font font;
        private @Nullable PDPageContentStream stream;
        private float y;

        Pages(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private ShapedTextWriter writer(float size, boolean bold) {
            return new ShapedTextWriter(Objects.requireNonNull(stream), font, regular, size, bold);
        }

        void title(String text) throws IOException {
            branded(text, 20, 30, 22, 12);
        }

        void heading(String text) throws IOException {
            branded(text, 14, 40, 18, 8);
        }

        private void branded(String text, float size, float needed, float before, float after) throws IOException {
            room(needed);
            y -= before;
            Objects.requireNonNull(stream).setNonStrokingColor(BRAND);
            writer(size, true).write(text, MARGIN, y);
            stream.setNonStrokingColor(Color.BLACK);
            y -= after;
        }

        /** A line of text, wrapped at commas or spaces (a scope of many municipalities runs long). */
        void line(String text, float size) throws IOException {
            int perLine = (int) (95 * 11 / size);
            String rest = text.strip();
            while (!rest.isEmpty()) {
                int cut = rest.length();
                if (cut > perLine) {
                    int at = Math.max(rest.lastIndexOf(", ", perLine), rest.lastIndexOf(' ', perLine));
                    cut = at <= 0 ? perLine : at + 1;
                }
                String part = rest.substring(0, cut).strip();
                rest = rest.substring(cut).strip();
                room(size + 8);
                y -= size + 6;
                writer(size, false).write(part, MARGIN, y);
            }
        }

        void pair(String number, String label) throws IOException {
            room(20);
            y -= 17;
            writer(12, true).write(number, MARGIN, y);
            writer(11, false).write(label, MARGIN + 80, y);
        }

        void bar(String label, float share, String value) throws IOException {
            room(20);
            y -= 17;
            writer(10, false).write(label, MARGIN, y);
            float width = Math.max(1, share * BAR_WIDTH);
            Objects.requireNonNull(stream).setNonStrokingColor(BAR);
            stream.addRect(MARGIN + LABEL_WIDTH, y - 2, width, 11);
            stream.fill();
            stream.setNonStrokingColor(Color.BLACK);
            writer(10, false).write(value, MARGIN + LABEL_WIDTH + width + 6, y);
        }

        void gap(float points) {
            y -= points;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
