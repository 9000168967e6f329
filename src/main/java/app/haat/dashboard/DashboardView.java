package app.haat.dashboard;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.export.Exports;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Notifications;
import app.haat.sales.SalesService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

    public DashboardView(DashboardService dashboards, SalesService sales, CurrentUser currentUser) {
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        var locale = getLocale();
        Anchor pdf = new Anchor((DownloadHandler) event -> {
            event.setFileName(Exports.pdfName("dashboard"));
            event.setContentType("application/pdf");
            try (var out = event.getOutputStream()) {
                dashboards.writePdf(locale, out);
            }
        }, "");
        pdf.getElement().setAttribute("download", true);
        pdf.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("dashboard.pdf")));
        pdf.addClassName("haat-export");
        pdf.setId("dashboard-pdf");
        DashboardService.Dashboard dashboard = dashboards.dashboard();
        DashboardService.Figures f = dashboard.figures();
        Div figures = new Div();
        figures.addClassName("haat-figures");
        figures.setId("dashboard-figures");
        long[] values = {f.registered(), f.verified(), f.readyOnline(), f.membersTrained(), f.applications(),
                f.placements(), f.firstTimersPlaced()};
        String[] keys = {"registered", "verified", "readyOnline", "membersTrained", "applications", "placements",
                "firstTimers"};
        for (int i = 0; i < keys.length; i++) {
            Div card = new Div(new Span(Formats.number(values[i])), new Paragraph(getTranslation("dashboard."
                    + keys[i])));
            card.addClassName("haat-figure");
            card.setId("figure-" + keys[i]);
            figures.add(card);
        }
        add(new H2(getTranslation("dashboard.title")), pdf, figures);
        dashboard.charts().forEach(this::chart);
        if (currentUser.hasRole(Role.STATE_ADMIN)) {
            add(ceiling(sales));
        }
    }

    private void chart(DashboardService.Chart chart) {
        String key = chart.key();
        List<DashboardService.Bar> bars = chart.bars();
        String title = getTranslation("dashboard." + key);
        add(new H3(title));
        if (bars.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(chart.rupees() ? "dashboard.noSales"
                    : "dashboard.noGroups"));
            none.addClassName("haat-empty");
            add(none);
            return;
        }
        List<String[]> rows = bars.stream().map(b -> new String[] {label(b),
                (chart.rupees() ? "₹" : "") + Formats.number(b.value())}).toList();
        Html svg = new Html("<div id=\"chart-" + key + "\">" + BarChart.svg(title, rows, bars.stream()
                .map(DashboardService.Bar::value).toList()) + "</div>");
        Grid<String[]> table = new Grid<>();
        table.setId("table-" + key);
        table.addColumn(r -> r[0]).setHeader(getTranslation("dashboard.what")).setFlexGrow(2);
        table.addColumn(r -> r[1]).setHeader(getTranslation(chart.rupees() ? "dashboard.sales"
                : "dashboard.groups")).setAutoWidth(true);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        add(svg, table);
    }

    /** The admin's ceiling for a day's sales: shown with its value, changed in a small dialog. */
    private VerticalLayout ceiling(SalesService sales) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("dashboard-ceiling");
        Paragraph now = new Paragraph(getTranslation("dashboard.ceilingNow", "₹" + Formats.number(sales.ceiling())));
        now.setId("dashboard-ceiling-now");
        Button change = new Button(getTranslation("dashboard.ceilingChange"), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("dashboard.ceiling"));
            IntegerField rupees = new IntegerField(getTranslation("dashboard.ceiling"));
            rupees.setMin(1);
            rupees.setMax(100_000_000);
            rupees.setPrefixComponent(new Span("₹"));
            rupees.setValue(sales.ceiling());
            rupees.setWidthFull();
            rupees.setId("ceiling-rupees");
            Button save = new Button(getTranslation("action.save"), click -> {
                Integer value = rupees.getValue();
                if (value == null || rupees.isInvalid()) {
                    rupees.setInvalid(true);
                    rupees.setErrorMessage(getTranslation("sales.error.ceilingValue"));
                    return;
                }
                if (Notifications.attempt(() -> sales.setCeiling(value))) {
                    Notifications.success(getTranslation("dashboard.ceilingSaved", "₹" + Formats.number(value)));
                    now.setText(getTranslation("dashboard.ceilingNow", "₹" + Formats.number(value)));
                    dialog.close();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("ceiling-save");
            save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
            dialog.add(rupees);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
            dialog.open();
            rupees.focus();
        });
        change.setId("dashboard-ceiling-change");
        section.add(new H3(getTranslation("dashboard.ceiling")), now, change);
        return section;
    }

    private String label(DashboardService.Bar bar) {
        if (bar.labelEn().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Formats.date(java.time.LocalDate.parse(bar.labelEn()));
        }
        return bengali ? bar.labelBn() : bar.labelEn();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
