package app.haat.dashboard;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (no chart component, no frontend bundle). Labels are escaped;
 * the numbers are also given as a table next to the chart, for screen readers and for copying.
 */
final class BarChart {

    private static final int ROW = 26;
    private static final int LABEL = 150;
    private static final int WIDTH = 340;

    private BarChart() {}

    /** The SVG for labelled values (a row and its value each); empty values draw an empty chart. */
    static String svg(String title, List<ChartRow> rows, List<Long> values) {
        return svg(
                title,
                rows,
                values,
                values.stream().mapToLong(Long::longValue).max().orElse(1));
    }

    /** The SVG with bars scaled to a full width of {@code full} (100 for shares in percent). */
    static String svg(String title, List<ChartRow> rows, List<Long> values, long full) {
        long max = Math.max(1, full);
        int height = Math.max(1, rows.size()) * ROW + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 "
                        + WIDTH + " " + height + "\" width=\"100%\" style=\"max-width:" + WIDTH + "px\"><title>")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i < rows.size(); i++) {
            int y = 5 + i * ROW;
            int bar = (int) Math.round((WIDTH - LABEL - 60) * (double) values.get(i) / max);
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"12\">")
                    .append(escape(shorten(rows.get(i).label())))
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" width=\"")
                    .append(Math.max(bar, 1))
                    .append("\" height=\"16\" fill=\"#8a2b0f\" rx=\"2\"/>")
                    .append("<text x=\"")
                    .append(LABEL + bar + 4)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"11\">")
                    .append(escape(rows.get(i).shown()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 22 ? label.substring(0, 21) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
