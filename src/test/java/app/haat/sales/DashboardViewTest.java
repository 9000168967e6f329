package app.haat.sales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard counts placements and draws sales as SVG with their numbers, scoped to the officer. */
class DashboardViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;
    @Autowired
    ApplicationService applications;
    @Autowired
    AllocationService allocation;
    @Autowired
    SalesService sales;
    @Autowired
    DSLContext dsl;

    @Test
    void anOfficerSeesTheirMunicipalitysPlacementsAndSales() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Panihati");
        Application placed = stand.applications().stream().filter(a -> a.status() == ApplicationStatus.ASSIGNED)
                .findFirst().orElseThrow();
        LocalDate yesterday = LocalDate.now(app.haat.core.i18n.Formats.INDIA).minusDays(1);
        fx.accounts.as(stand.officer(), () -> sales.report(placed.id(), yesterday, 2_500, 9, null));

        signInAs(stand.officer());
        navigate("dashboard");
        assertThat(_get(Div.class, s -> s.withId("figure-placements")).getElement().getTextRecursively())
                .startsWith("2");
        assertThat(_get(Div.class, s -> s.withId("figure-firstTimers")).getElement().getTextRecursively())
                .startsWith("2");
        @SuppressWarnings("unchecked")
        Grid<String[]> byMunicipality = _get(Grid.class, s -> s.withId("table-salesByMunicipality"));
        assertThat(byMunicipality.getListDataView().getItems().map(r -> r[0] + " " + r[1]))
                .containsExactly("Panihati ₹2,500");
        assertThat(_find(Html.class).stream().map(Html::getInnerHtml)).anySatisfy(svg -> assertThat(svg)
                .contains("<svg").contains("<rect").contains("Panihati"));
        @SuppressWarnings("unchecked")
        Grid<String[]> byCategory = _get(Grid.class, s -> s.withId("table-salesByCategory"));
        assertThat(byCategory.getListDataView().getItems().map(r -> r[0] + " " + r[1]))
                .containsExactly("Food ₹2,500");
        // since the start, sales go month by month; over the last 30 days, day by day
        @SuppressWarnings("unchecked")
        Grid<String[]> byMonth = _get(Grid.class, s -> s.withId("table-salesByMonth"));
        assertThat(byMonth.getListDataView().getItems().map(r -> r[0] + " " + r[1])).containsExactly(
                String.format("%02d/%d ₹2,500", yesterday.getMonthValue(), yesterday.getYear()));
        setAsUser(_get(com.vaadin.flow.component.select.Select.class, s -> s.withId("dashboard-period")),
                app.haat.dashboard.Period.DAYS_30);
        @SuppressWarnings("unchecked")
        Grid<String[]> byDay = _get(Grid.class, s -> s.withId("table-salesByDay"));
        assertThat(byDay.getListDataView().getItems().map(r -> r[0] + " " + r[1]))
                .containsExactly(app.haat.core.i18n.Formats.date(yesterday) + " ₹2,500");
        assertThat(_find(Grid.class, s -> s.withId("table-salesByMonth"))).isEmpty();
        // readiness for online selling, item by item, over the officer's verified groups (none fully ready here)
        @SuppressWarnings("unchecked")
        Grid<String[]> readiness = _get(Grid.class, s -> s.withId("table-readiness"));
        assertThat(readiness.getListDataView().getItems().map(r -> r[0] + " " + r[1]))
                .contains("All done 0").hasSize(6);
        // the PDF link is there; officers do not see the admin's ceiling
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("dashboard-pdf"));
        assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                s -> s.withId("dashboard-ceiling"))).isEmpty();

        // another municipality's officer does not see it
        signInAs(fx.accounts.officer(Set.of(fx.municipality("Kolkata"))));
        navigate("");
        navigate("dashboard");
        assertThat(_find(Grid.class, s -> s.withId("table-salesByMunicipality"))).isEmpty();
    }

    @Test
    void theAdminChangesTheCeilingAndAFigureAboveItIsRefused() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Khardaha");
        Application placed = stand.applications().stream().filter(a -> a.status() == ApplicationStatus.ASSIGNED)
                .findFirst().orElseThrow();
        LocalDate yesterday = LocalDate.now(app.haat.core.i18n.Formats.INDIA).minusDays(1);
        String admin = fx.accounts.admin();
        int before = fx.accounts.as(admin, () -> sales.ceiling());
        try {
            signInAs(admin);
            navigate("dashboard");
            _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("dashboard-ceiling-change")));
            com.vaadin.flow.component.textfield.IntegerField rupees = _get(
                    com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("ceiling-rupees"));
            assertThat(rupees.getValue()).isEqualTo(before);
            setAsUser(rupees, 5_000);
            _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("ceiling-save")));
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("dashboard-ceiling-now"))
                    .getText()).contains("₹5,000");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.accounts.as(stand.leaderOf(placed),
                    () -> sales.report(placed.id(), yesterday, 6_000, 3, null)))
                    .isInstanceOf(app.haat.core.api.ValidationException.class);
            fx.accounts.as(stand.leaderOf(placed), () -> sales.report(placed.id(), yesterday, 4_900, 3, null));
            // an absurd ceiling is refused too
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.accounts.as(admin,
                    () -> sales.setCeiling(SalesService.MAX_CEILING + 1)))
                    .isInstanceOf(app.haat.core.api.ValidationException.class);
            // an officer may not change it
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.accounts.as(stand.officer(),
                    () -> sales.setCeiling(1_000_000))).isInstanceOf(
                    org.springframework.security.access.AccessDeniedException.class);
        } finally {
            fx.accounts.as(admin, () -> sales.setCeiling(before));
        }
    }
}
