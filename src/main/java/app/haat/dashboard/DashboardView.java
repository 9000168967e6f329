package app.haat.dashboard;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
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
 * placements and first-timers placed, and sales by municipality, venue and day, each chart with its numbers.
 */
@Route("dashboard")
@RolesAllowed({Role.ADMIN, Role.OFFICER})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final boolean bengali;

    public DashboardView(DashboardService dashboards) {
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
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
        add(new H2(getTranslation("dashboard.title")), figures);
        chart("salesByMunicipality", dashboard.salesByMunicipality());
        chart("salesByVenue", dashboard.salesByVenue());
        chart("salesByDay", dashboard.salesByDay());
    }

    private void chart(String key, List<DashboardService.Bar> bars) {
        String title = getTranslation("dashboard." + key);
        add(new H3(title));
        if (bars.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.noSales"));
            none.addClassName("haat-empty");
            add(none);
            return;
        }
        List<String[]> rows = bars.stream().map(b -> new String[] {label(b), "₹" + Formats.number(b.value())})
                .toList();
        Html svg = new Html("<div id=\"chart-" + key + "\">" + BarChart.svg(title, rows, bars.stream()
                .map(DashboardService.Bar::value).toList()) + "</div>");
        Grid<String[]> table = new Grid<>();
        table.setId("table-" + key);
        table.addColumn(r -> r[0]).setHeader(getTranslation("dashboard.what")).setFlexGrow(2);
        table.addColumn(r -> r[1]).setHeader(getTranslation("dashboard.sales")).setAutoWidth(true);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        add(svg, table);
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
