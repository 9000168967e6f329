package app.haat.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.support.ExportFiles;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The writer on its own: cell types, formulas typed into names, sheet names Excel refuses, a failure midway. */
class TableWriterTest {

    private static final List<String> HEADER = List.of("Group", "Sales", "Day", "Entered");

    private static Stream<List<?>> rows() {
        return Stream.of(
                Arrays.asList(
                        "=cmd|' /C calc'!A0",
                        4_250,
                        LocalDate.of(2026, 11, 25),
                        LocalDateTime.of(2026, 11, 25, 18, 30, 12)),
                Arrays.asList("মা সারদা স্বনির্ভর গোষ্ঠী", null, null, null),
                Arrays.asList("-minus, \"quoted\"\nnewline", 0, null, null));
    }

    @Test
    void csvDefusesFormulasQuotesWhatNeedsItAndKeepsBengali() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(TableWriter.write(ExportFormat.CSV, out, "x", HEADER, rows()))
                .isEqualTo(3);
        List<List<String>> read = ExportFiles.csv(out.toByteArray());
        assertThat(read.getFirst()).isEqualTo(HEADER);
        assertThat(read.get(1)).containsExactly("'=cmd|' /C calc'!A0", "4250", "2026-11-25", "2026-11-25 18:30");
        assertThat(read.get(2)).containsExactly("মা সারদা স্বনির্ভর গোষ্ঠী", "", "", "");
        assertThat(read.get(3).getFirst()).isEqualTo("'-minus, \"quoted\"\nnewline");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndTextAsTyped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(
                ExportFormat.XLSX, out, "Puja Haat: Salt Lake [2026] / 'City Centre' and more", HEADER, rows());
        List<List<String>> read = ExportFiles.xlsx(out.toByteArray());
        assertThat(read).hasSize(4);
        // an inline string is never a formula, so the name stays exactly as typed
        assertThat(read.get(1).get(0)).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(read.get(1).get(1)).isEqualTo("4250");
        assertThat(TableWriter.sheetTitle("Puja Haat: Salt Lake [2026] / 'City Centre' and more"))
                .hasSizeLessThanOrEqualTo(31)
                .doesNotContain(":", "[", "]", "/", "'");
        assertThat(TableWriter.sheetTitle("  ")).isEqualTo("Haat");
    }

    @Test
    void aFailureMidwayLeavesAFileThatDoesNotOpenRatherThanOneWithRowsMissing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Stream<List<?>> failing = IntStream.range(0, 2_000).mapToObj(i -> {
            if (i == 1_500) {
                throw new IllegalStateException("the database went away");
            }
            return List.of("Group " + i, i);
        });
        assertThatThrownBy(() -> TableWriter.write(ExportFormat.XLSX, out, "x", List.of("Group", "n"), failing))
                .hasMessageContaining("went away");
        assertThatThrownBy(() -> ExportFiles.xlsx(out.toByteArray())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void onlyCsvAndXlsxAreFormats() {
        assertThat(ExportFormat.parse("CSV")).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.parse(null)).hasMessage("export.error.format");
        assertThat(ExportFormat.XLSX.fileName("groups", LocalDate.of(2026, 11, 26)))
                .isEqualTo("haat-groups-2026-11-26.xlsx");
    }
}
