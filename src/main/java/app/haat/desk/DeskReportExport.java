package app.haat.desk;

import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportText;
import app.haat.core.export.TableWriter;
import app.haat.core.i18n.Translator;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A centre's report as CSV or XLSX, in the reader's language (Latin digits, like every export): one row per request
 * type and a total, then the zone's groups ready to sell online. Scoped as the report: the centre's staff and admins.
 */
@Service
public class DeskReportExport {

    private final DeskReportService reports;
    private final Translator translator;

    DeskReportExport(DeskReportService reports, Translator translator) {
        this.reports = reports;
        this.translator = translator;
    }

    @Transactional(readOnly = true)
    public long export(long centreId, ExportFormat format, Locale locale, OutputStream out) {
        CentreReport report = reports.report(centreId);
        ExportText text = new ExportText(translator, locale);
        List<String> header = new ArrayList<>();
        header.add(text.of("desk.report.col.type"));
        CentreReport.OPEN_STEPS.forEach(step -> header.add(text.of("desk.report.step." + step.name())));
        header.addAll(text.header(List.of(
                "desk.report.col.open",
                "desk.report.col.obtained",
                "desk.report.col.refused",
                "desk.report.col.median",
                "desk.report.col.kept",
                "desk.report.col.missed")));
        CentreReport.ReadyGroups ready = report.ready();
        Stream<List<Object>> rows = Stream.concat(
                Stream.concat(report.lines().stream(), Stream.of(report.total()))
                        .map(line -> row(line, text)),
                Stream.of(
                        Collections.<Object>nCopies(header.size(), null),
                        List.<Object>of(text.of("desk.report.ready.verified"), ready.verified()),
                        List.<Object>of(text.of("desk.report.ready.india"), ready.readyIndia()),
                        List.<Object>of(text.of("desk.report.ready.westBengal"), ready.readyWestBengal())));
        String sheet = text.pick(report.centre().nameEn(), report.centre().nameBn());
        return TableWriter.write(format, out, sheet, header, rows);
    }

    private static List<Object> row(CentreReport.TypeLine line, ExportText text) {
        List<Object> cells = new ArrayList<>();
        cells.add(
                line.type() == null
                        ? text.of("desk.report.total")
                        : text.of("desk.type." + line.type().name()));
        CentreReport.OPEN_STEPS.forEach(step -> cells.add(line.open(step)));
        cells.addAll(Arrays.asList(
                line.openTotal(),
                line.obtained(),
                line.refused(),
                line.medianDays(),
                line.appointmentsKept(),
                line.appointmentsMissed()));
        return cells;
    }
}
