package app.haat.core.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written row by row straight to the response: only the current row is held, so an export of the whole
 * registry needs no more memory than one of ten rows. Cells are strings, numbers, dates, date-times or null.
 */
public abstract sealed class TableWriter implements Closeable {

    /** Rows an XLSX sheet keeps before they go to the zip stream. */
    private static final int FLUSH_EVERY = 500;

    public static TableWriter open(ExportFormat format, OutputStream out, String sheetName) {
        return switch (format) {
            case CSV -> new Csv(out);
            case XLSX -> new Xlsx(out, sheetName);
        };
    }

    /**
     * Writes the header and every row of the stream, then closes the writer (not the output stream's caller's
     * stream, which the writer ends); answers the rows written.
     */
    public static long write(
            ExportFormat format,
            OutputStream out,
            String sheetName,
            List<String> header,
            Stream<? extends List<?>> rows) {
        TableWriter writer = open(format, out, sheetName);
        writer.header(header);
        // a failure midway (the database, the client) leaves the file unfinished, so the download visibly breaks
        // instead of arriving well-formed with rows missing
        rows.forEach(writer::row);
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.rows();
    }

    /** The header: bold in XLSX. */
    public abstract void header(List<String> titles);

    public abstract void row(List<?> cells);

    /** Rows written so far, the header not counted. */
    public abstract long rows();

    /**
     * A CSV text cell starting with = + - @ would be run as a formula by a spreadsheet; group names are typed by
     * anyone, so such a cell gets a leading apostrophe (the OWASP advice for CSV injection). XLSX cells are written
     * as inline strings, which are never formulas.
     */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Excel refuses sheet names with []:*?/\\ or over 31 characters, or blank. */
    static String sheetTitle(String name) {
        String clean =
                name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        if (clean.isEmpty()) {
            return "Haat";
        }
        return clean.codePointCount(0, clean.length()) > 31
                ? clean.substring(0, clean.offsetByCodePoints(0, 31))
                : clean;
    }

    private static final class Csv extends TableWriter {
        private static final java.time.format.DateTimeFormatter MINUTES =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        private final CSVPrinter printer;
        private long rows;

        Csv(OutputStream out) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF'); // the byte-order mark makes Excel read Bengali as UTF-8
                printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void header(List<String> titles) {
            print(titles);
        }

        @Override
        public void row(List<?> cells) {
            print(cells);
            rows++;
        }

        private void print(List<?> cells) {
            try {
                for (Object cell : cells) {
                    printer.print(
                            switch (cell) {
                                case null -> "";
                                case String text -> defused(text);
                                case LocalDateTime time -> time.format(MINUTES);
                                default -> cell.toString();
                            });
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    private static final class Xlsx extends TableWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "Haat", "1.0");
            sheet = workbook.newWorksheet(sheetTitle(sheetName));
        }

        @Override
        public void header(List<String> titles) {
            for (int column = 0; column < titles.size(); column++) {
                sheet.inlineString(next, column, titles.get(column));
                sheet.width(column, Math.min(40, Math.max(10, titles.get(column).length() + 4)));
            }
            sheet.range(next, 0, next, Math.max(0, titles.size() - 1))
                    .style()
                    .bold()
                    .set();
            sheet.freezePane(0, 1);
            next++;
        }

        @Override
        public void row(List<?> cells) {
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                switch (cell) {
                    case null -> {}
                    case String text -> sheet.inlineString(next, column, text); // an inline string is never a formula
                    case BigDecimal number -> sheet.value(next, column, number);
                    case Number number -> sheet.value(next, column, number);
                    case LocalDate date -> {
                        sheet.value(next, column, date);
                        sheet.style(next, column).format("yyyy-mm-dd").set();
                    }
                    case LocalDateTime time -> {
                        sheet.value(next, column, time);
                        sheet.style(next, column).format("yyyy-mm-dd hh:mm").set();
                    }
                    default -> sheet.inlineString(next, column, cell.toString());
                }
            }
            next++;
            if (next % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public long rows() {
            return Math.max(0, next - 1);
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }
    }
}
