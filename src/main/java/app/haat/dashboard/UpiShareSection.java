package app.haat.dashboard;

import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's UPI share: a sentence with the whole and the reports left out (a total only), then by exhibition,
 * district and month, each as bars of 100% with a table of its numbers. The PDF writes the same sentences.
 */
final class UpiShareSection extends VerticalLayout {

    /**
     * The words and rupees for a reader: a bundle text by key and arguments, and rupees as written there (₹ on the
     * screen, the PDF's own way in a PDF, whose font has no ₹).
     */
    record Texts(BiFunction<String, Object[], String> bundle, LongFunction<String> rupees) {
        String apply(String key, Object... params) {
            return bundle.apply(key, params);
        }
    }

    UpiShareSection(UpiShare share) {
        setPadding(false);
        setId("dashboard-upi-share");
        Locale locale = getLocale();
        Texts texts = new Texts(this::getTranslation, v -> "₹" + Formats.number(v, locale));
        add(new H3(getTranslation("dashboard.upiShare")));
        Paragraph summary = new Paragraph(summary(share, texts, locale));
        summary.setId("upi-share-summary");
        add(summary);
        for (UpiShare.Breakdown breakdown : share.breakdowns()) {
            if (!breakdown.lines().isEmpty()) {
                breakdown(breakdown, texts, locale);
            }
        }
    }

    private void breakdown(UpiShare.Breakdown breakdown, Texts texts, Locale locale) {
        String title = getTranslation("dashboard." + breakdown.key());
        List<UpiShareLine> lines = breakdown.lines();
        List<ChartRow> rows = lines.stream()
                .map(l -> new ChartRow(l.label(locale), percent(l.upiPercent(), locale)))
                .toList();
        List<Long> values = lines.stream()
                .map(l -> l.upiPercent() == null ? 0L : l.upiPercent())
                .toList();
        Html svg = new Html(
                "<div id=\"chart-" + breakdown.key() + "\">" + BarChart.svg(title, rows, values, 100) + "</div>");
        Grid<UpiShareLine> table = new Grid<>();
        table.setId("table-" + breakdown.key());
        // three columns that fit a phone: the rupees go under the name, the names wrap
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        table.addColumn(new ComponentRenderer<>(l -> {
                    Div rupees = new Div(rupeesOf(l, texts, locale));
                    rupees.addClassName("haat-upi-rupees");
                    rupees.getStyle()
                            .set("font-size", "var(--lumo-font-size-s)")
                            .set("color", "var(--lumo-secondary-text-color)");
                    return new Div(new Div(l.label(locale)), rupees);
                }))
                .setHeader(getTranslation("dashboard.what"))
                .setFlexGrow(3);
        table.addColumn(l -> percent(l.upiPercent(), locale))
                .setHeader(getTranslation("dashboard.upiShare.share"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(l -> Formats.number(l.totalOnlyReports(), locale))
                .setHeader(getTranslation("dashboard.upiShare.totalOnly"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.setItems(lines);
        table.setAllRowsVisible(true);
        add(new H4(title), svg, table);
    }

    /** The whole in a sentence: the share, its rupees and reports, and how many reports gave a total only. */
    static String summary(UpiShare share, Texts texts, Locale locale) {
        String leftOut = texts.apply("dashboard.upiShare.leftOut", Formats.number(share.totalOnlyReports(), locale));
        if (share.splitReports() == 0) {
            return texts.apply("dashboard.upiShare.none") + " " + leftOut;
        }
        return texts.apply(
                        "dashboard.upiShare.summary",
                        percent(share.upiPercent(), locale),
                        texts.rupees().apply(share.upiRupees()),
                        texts.rupees().apply(share.cashRupees() + share.upiRupees()),
                        Formats.number(share.splitReports(), locale))
                + " " + leftOut;
    }

    /** A line's numbers for a bar: "40% · ₹2,000 of ₹5,000". */
    static String shown(UpiShareLine line, Texts texts, Locale locale) {
        return percent(line.upiPercent(), locale) + " · " + rupeesOf(line, texts, locale);
    }

    private static String rupeesOf(UpiShareLine line, Texts texts, Locale locale) {
        return texts.apply(
                "dashboard.upiShare.of",
                texts.rupees().apply(line.upiRupees()),
                texts.rupees().apply(line.cashRupees() + line.upiRupees()));
    }

    /** A share in percent in the reader's digits; a dash when nothing was reported apart. */
    private static String percent(@Nullable Integer percent, Locale locale) {
        return percent == null ? "-" : Formats.number(percent, locale) + "%";
    }
}
