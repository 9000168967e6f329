package app.haat.allocation;

import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportText;
import app.haat.core.export.TableWriter;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The allocation board as CSV or XLSX: every placement by slot and kiosk, for whoever may see the exhibition. */
@Service
public class AssignmentExport {

    private static final List<String> COLUMNS = List.of(
            "export.col.slot",
            "export.col.from",
            "export.col.to",
            "export.col.kiosk",
            "export.col.group",
            "export.col.municipality",
            "export.col.locked");

    private final ExhibitionService exhibitions;
    private final AllocationRepository repository;
    private final Translator translator;

    AssignmentExport(ExhibitionService exhibitions, AllocationRepository repository, Translator translator) {
        this.exhibitions = exhibitions;
        this.repository = repository;
        this.translator = translator;
    }

    @Transactional(readOnly = true)
    public long export(long exhibitionId, ExportFormat format, Locale locale, OutputStream out) {
        Exhibition exhibition = exhibitions.get(exhibitionId);
        ExportText text = new ExportText(translator, locale);
        try (Stream<AllocationRepository.AssignmentLine> rows = repository.assignmentLines(exhibitionId)) {
            return TableWriter.write(
                    format,
                    out,
                    exhibition.title(),
                    text.header(COLUMNS),
                    rows.map(a -> Arrays.asList(
                            a.slot(),
                            a.from(),
                            a.to(),
                            a.kioskCode(),
                            a.groupName(),
                            text.pick(a.municipalityEn(), a.municipalityBn()),
                            text.yesNo(a.locked()))));
        }
    }
}
