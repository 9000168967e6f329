package app.haat.dashboard;

import app.haat.core.export.Exports;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.ExportButtons;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.sales.SalesService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Whether the programme works: groups registered, verified and ready to sell online, members trained, applications,
 * placements and first-timers placed, and sales by municipality, venue, category and day, each chart with its
 * numbers; a PDF of it all. Admins also keep the ceiling of a day's sales here.
 */
@Route("dashboard")
@RolesAllowed({Role.ADMIN, Role.OFFICER})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final boolean bengali;

    private final DashboardService dashboards;
    private final VerticalLayout content = new VerticalLayout();
    private volatile Period period = Period.ALL;

    public DashboardView(DashboardService dashboards, SalesService sales, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        var locale = getLocale();
        Anchor pdf = ExportButtons.downloadLink("dashboard-pdf", getTranslation("dashboard.pdf"), event -> {
            event.setFileName(Exports.pdfName("dashboard"));
            event.setContentType("application/pdf");
            Period chosen = period; // the period on screen when the link was followed
            try (var out = event.getOutputStream()) {
                dashboards.writePdf(chosen, locale, out);
            }
        });
        Select<Period> periods = new Select<>();
        periods.setLabel(getTranslation("dashboard.periodLabel"));
        periods.setItems(Period.values());
        periods.setItemLabelGenerator(p -> getTranslation("dashboard.period." + p.name()));
        periods.setValue(Period.ALL);
        periods.setId("dashboard-period");
        periods.addValueChangeListener(e -> {
            period = e.getValue() == null ? Period.ALL : e.getValue();
            show();
        });
        HorizontalLayout tools = new HorizontalLayout(periods, pdf);
        tools.setWrap(true);
        tools.setAlignItems(Alignment.BASELINE);
        content.setPadding(false);
        add(new H2(getTranslation("dashboard.title")), tools, content);
        show();
        if (currentUser.hasRole(Role.STATE_ADMIN)) {
            add(ceiling(sales));
        }
    }

    private void show() {
        content.removeAll();
        DashboardService.Dashboard dashboard = dashboards.dashboard(period);
        DashboardService.Figures f = dashboard.figures();
        Div figures = new Div();
        figures.addClassName("haat-figures");
        figures.setId("dashboard-figures");
        for (DashboardService.Figure figure : f.inOrder()) {
            Div card = new Div(new Span(Formats.number(figure.value())), new Paragraph(getTranslation(figure.key())));
            card.addClassName("haat-figure");
            card.setId("figure-" + figure.name());
            figures.add(card);
        }
        content.add(figures);
        dashboard.charts().forEach(this::chart);
        content.add(new UpiShareSection(dashboard.upiShare()));
    }

    private void chart(DashboardService.Chart chart) {
        String key = chart.key();
        List<DashboardService.Bar> bars = chart.bars();
        String title = getTranslation("dashboard." + key);
        content.add(new H3(title));
        if (bars.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(chart.emptyKey()));
            none.addClassName("haat-empty");
            content.add(none);
            return;
        }
        List<ChartRow> rows = bars.stream()
                .map(b -> new ChartRow(b.label(bengali), (chart.rupees() ? "₹" : "") + Formats.number(b.value())))
                .toList();
        Html svg = new Html("<div id=\"chart-" + key + "\">"
                + BarChart.svg(
                        title,
                        rows,
                        bars.stream().map(DashboardService.Bar::value).toList()) + "</div>");
        Grid<ChartRow> table = new Grid<>();
        table.setId("table-" + key);
        table.addColumn(ChartRow::label)
                .setHeader(getTranslation("dashboard.what"))
                .setFlexGrow(2);
        table.addColumn(ChartRow::shown)
                .setHeader(getTranslation(chart.rupees() ? "dashboard.sales" : "dashboard.groups"))
                .setAutoWidth(true);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        content.add(svg, table);
    }

    /** The admin's ceiling for a day's sales: shown with its value, changed in a small dialog. */
    private VerticalLayout ceiling(SalesService sales) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("dashboard-ceiling");
        Paragraph now = new Paragraph(getTranslation("dashboard.ceilingNow", "₹" + Formats.number(sales.ceiling())));
        now.setId("dashboard-ceiling-now");
        Button change = new Button(getTranslation("dashboard.ceilingChange"), e -> openCeiling(sales, now));
        change.setId("dashboard-ceiling-change");
        section.add(new H3(getTranslation("dashboard.ceiling")), now, change);
        return section;
    }

    private void openCeiling(SalesService sales, Paragraph now) {
        FormDialog dialog = new FormDialog(getTranslation("dashboard.ceiling"));
        TypedField<Integer> rupees = TypedField.rupees(getTranslation("dashboard.ceiling"))
                .required()
                .range(1, SalesService.MAX_CEILING)
                .show(sales.ceiling());
        rupees.setWidthFull();
        rupees.setId("ceiling-rupees");
        dialog.save("ceiling-save", () -> {
                    Integer value = rupees.typed();
                    if (!TypedField.valid(rupees) || value == null) {
                        return;
                    }
                    if (Notifications.attempt(() -> sales.setCeiling(value))) {
                        Notifications.success(getTranslation("dashboard.ceilingSaved", "₹" + Formats.number(value)));
                        now.setText(getTranslation("dashboard.ceilingNow", "₹" + Formats.number(value)));
                        dialog.close();
                    }
                })
                .addClickShortcut(Key.ENTER);
        dialog.add(rupees);
        dialog.open();
        rupees.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
