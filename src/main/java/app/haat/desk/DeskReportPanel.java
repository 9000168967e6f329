package app.haat.desk;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.ExportButtons;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The desk's report tab: a centre's open cases by type and step, the outcomes with the median days from request to
 * outcome, the appointments kept and missed, and the groups of its zone ready to sell online; CSV and Excel links.
 */
class DeskReportPanel extends VerticalLayout {

    DeskReportPanel(DeskReportService reports, DeskReportExport export, long centreId) {
        setPadding(false);
        setId("desk-report");
        CentreReport report = reports.report(centreId);
        Locale locale = getLocale();
        add(new ExportButtons(
                "desk-report", "centre-report", () -> (format, out) -> export.export(centreId, format, locale, out)));

        add(new H3(getTranslation("desk.report.open")));
        Grid<CentreReport.TypeLine> open = grid("desk-report-open", report);
        CentreReport.OPEN_STEPS.forEach(
                step -> number(open, "desk.report.step." + step.name(), line -> line.open(step), report.total()));
        number(open, "desk.report.col.open", CentreReport.TypeLine::openTotal, report.total());
        add(open);

        add(new H3(getTranslation("desk.report.outcomes")));
        Paragraph medianHelp = new Paragraph(getTranslation("desk.report.median.help"));
        medianHelp.addClassName("haat-hint");
        add(medianHelp);
        Grid<CentreReport.TypeLine> outcomes = grid("desk-report-outcomes", report);
        number(outcomes, "desk.report.col.obtained", CentreReport.TypeLine::obtained, report.total());
        number(outcomes, "desk.report.col.refused", CentreReport.TypeLine::refused, report.total());
        outcomes.addColumn(line -> median(line.medianDays()))
                .setHeader(getTranslation("desk.report.col.medianShort"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("median")
                .setFooter(median(report.total().medianDays()));
        add(outcomes);

        add(new H3(getTranslation("desk.report.appointments")));
        Grid<CentreReport.TypeLine> appointments = grid("desk-report-appointments", report);
        number(appointments, "desk.report.col.kept", CentreReport.TypeLine::appointmentsKept, report.total());
        number(appointments, "desk.report.col.missed", CentreReport.TypeLine::appointmentsMissed, report.total());
        add(appointments);

        add(new H3(getTranslation("desk.report.ready")));
        CentreReport.ReadyGroups ready = report.ready();
        add(
                line("desk-report-verified", "desk.report.ready.verified", ready.verified()),
                line("desk-report-india", "desk.report.ready.india", ready.readyIndia()),
                line("desk-report-west-bengal", "desk.report.ready.westBengal", ready.readyWestBengal()));
    }

    private Grid<CentreReport.TypeLine> grid(String id, CentreReport report) {
        Grid<CentreReport.TypeLine> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(line -> line.type() == null
                        ? ""
                        : getTranslation("desk.report.type." + line.type().name()))
                .setHeader(getTranslation("desk.report.col.type"))
                .setFooter(getTranslation("desk.report.total"))
                .setFrozen(true)
                .setWidth("8.5em")
                .setFlexGrow(1)
                .setKey("type");
        grid.setItems(report.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void number(
            Grid<CentreReport.TypeLine> grid,
            String headerKey,
            ValueProvider<CentreReport.TypeLine, Integer> value,
            CentreReport.TypeLine total) {
        grid.addColumn(line -> Formats.number(value.apply(line)))
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey(headerKey)
                .setFooter(Formats.number(value.apply(total)));
    }

    private String median(@Nullable Double days) {
        return days == null ? "–" : Formats.digits(CentreReport.days(days), Formats.screenLocale());
    }

    private Paragraph line(String id, String key, int count) {
        Paragraph paragraph = new Paragraph(getTranslation(key) + ": " + Formats.number(count));
        paragraph.setId(id);
        return paragraph;
    }
}
