package app.haat.centre;

import app.haat.centre.TrainingRecords.Report;
import app.haat.centre.TrainingRecords.ReportLine;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Training progress: members trained per district against its share of the statewide target (set by the admin),
 * attendance rates and no-shows; officers see their own municipalities.
 */
@Route("trainings/report")
@RolesAllowed({Role.ADMIN, Role.STAFF, Role.OFFICER})
public class TrainingReportView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingReportService reports;
    private final boolean bengali;
    private final Grid<ReportLine> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 1);

    public TrainingReportView(TrainingReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        total.setId("report-total");
        progress.setId("report-progress");
        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> bengali ? l.nameBn() : l.nameEn())
                .setHeader(getTranslation("application.district"))
                .setFlexGrow(2);
        grid.addColumn(l -> Formats.number(l.trained()) + " / " + Formats.number(l.target()))
                .setHeader(getTranslation("report.trainedOfTarget"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.present() + l.noShows() == 0
                        ? "—"
                        : Formats.number(Math.round(l.attendanceRate() * 100)) + "%")
                .setHeader(getTranslation("report.attendance"))
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.number(l.noShows()))
                .setHeader(getTranslation("report.noShows"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("report.none"));
        add(new H2(getTranslation("report.title")), total, progress);
        if (currentUser.hasRole(Role.STATE_ADMIN)) {
            TypedField<Integer> target = TypedField.wholeNumber(getTranslation("report.target"))
                    .required()
                    .range(1, TrainingReportService.MAX_TARGET)
                    .show(reports.report().target());
            target.setId("report-target");
            Button save = new Button(getTranslation("action.save"), e -> {
                if (TypedField.valid(target) && Notifications.attempt(() -> reports.setTarget(target.value()))) {
                    Notifications.success(getTranslation("report.targetSaved"));
                    show();
                }
            });
            save.setId("report-target-save");
            HorizontalLayout row = new HorizontalLayout(target, save);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
        add(grid);
        show();
    }

    private void show() {
        Report report = reports.report();
        int target = report.districts().stream().mapToInt(ReportLine::target).sum();
        total.setText(
                getTranslation("report.total", Formats.number(report.trained()), Formats.number(Math.max(target, 1))));
        progress.setValue(Math.min(1, (double) report.trained() / Math.max(target, 1)));
        Accessible.named(progress, total.getText());
        grid.setItems(report.districts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " · " + getTranslation("app.name");
    }
}
