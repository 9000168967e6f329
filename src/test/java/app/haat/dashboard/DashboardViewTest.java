package app.haat.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.AllocationService;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.ui.TypedField;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.sales.SalesService;
import app.haat.sales.UnderWay;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

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
        Application placed = stand.firstPlaced();
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        fx.accounts.as(stand.officer(), () -> sales.report(placed.id(), yesterday, 2_500, 9, null));

        signInAs(stand.officer());
        navigate("dashboard");
        assertThat(_get(Div.class, s -> s.withId("figure-placements"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("2");
        assertThat(_get(Div.class, s -> s.withId("figure-firstTimers"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("2");
        @SuppressWarnings("unchecked")
        Grid<ChartRow> byMunicipality = _get(Grid.class, s -> s.withId("table-salesByMunicipality"));
        assertThat(byMunicipality.getListDataView().getItems().map(r -> r.label() + " " + r.shown()))
                .containsExactly("Panihati ₹2,500");
        assertThat(_find(Html.class).stream().map(Html::getInnerHtml))
                .anySatisfy(svg ->
                        assertThat(svg).contains("<svg").contains("<rect").contains("Panihati"));
        @SuppressWarnings("unchecked")
        Grid<ChartRow> byCategory = _get(Grid.class, s -> s.withId("table-salesByCategory"));
        assertThat(byCategory.getListDataView().getItems().map(r -> r.label() + " " + r.shown()))
                .containsExactly("Food ₹2,500");
        // since the start, sales go month by month; over the last 30 days, day by day
        @SuppressWarnings("unchecked")
        Grid<ChartRow> byMonth = _get(Grid.class, s -> s.withId("table-salesByMonth"));
        assertThat(byMonth.getListDataView().getItems().map(r -> r.label() + " " + r.shown()))
                .containsExactly(String.format("%02d/%d ₹2,500", yesterday.getMonthValue(), yesterday.getYear()));
        setAsUser(_get(Select.class, s -> s.withId("dashboard-period")), Period.DAYS_30);
        @SuppressWarnings("unchecked")
        Grid<ChartRow> byDay = _get(Grid.class, s -> s.withId("table-salesByDay"));
        assertThat(byDay.getListDataView().getItems().map(r -> r.label() + " " + r.shown()))
                .containsExactly(Formats.date(yesterday) + " ₹2,500");
        assertThat(_find(Grid.class, s -> s.withId("table-salesByMonth"))).isEmpty();
        // readiness for online selling, item by item, over the officer's verified groups (none fully ready here)
        @SuppressWarnings("unchecked")
        Grid<ChartRow> readiness = _get(Grid.class, s -> s.withId("table-readiness"));
        assertThat(readiness.getListDataView().getItems().map(r -> r.label() + " " + r.shown()))
                .contains("All done 0")
                .hasSize(6);
        // the PDF link is there; officers do not see the admin's ceiling
        _get(Anchor.class, s -> s.withId("dashboard-pdf"));
        assertThat(_find(VerticalLayout.class, s -> s.withId("dashboard-ceiling")))
                .isEmpty();

        // another municipality's officer does not see it
        signInAs(fx.accounts.officer(Set.of(fx.municipality("Kolkata"))));
        navigate("");
        navigate("dashboard");
        assertThat(_find(Grid.class, s -> s.withId("table-salesByMunicipality")))
                .isEmpty();
    }

    @Test
    void theAdminChangesTheCeilingAndAFigureAboveItIsRefused() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Khardaha");
        Application placed = stand.firstPlaced();
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        String admin = fx.accounts.admin();
        int before = fx.accounts.as(admin, () -> sales.ceiling());
        try {
            signInAs(admin);
            navigate("dashboard");
            _click(_get(Button.class, s -> s.withId("dashboard-ceiling-change")));
            @SuppressWarnings("unchecked")
            TypedField<Integer> rupees = _get(TypedField.class, s -> s.withId("ceiling-rupees"));
            assertThat(rupees.typed()).isEqualTo(before);
            setAsUser(rupees, "৫,০০০");
            _click(_get(Button.class, s -> s.withId("ceiling-save")));
            assertThat(_get(Paragraph.class, s -> s.withId("dashboard-ceiling-now"))
                            .getText())
                    .contains("₹5,000");
            assertThatThrownBy(() -> fx.accounts.as(
                            stand.leaderOf(placed), () -> sales.report(placed.id(), yesterday, 6_000, 3, null)))
                    .isInstanceOf(ValidationException.class);
            fx.accounts.as(stand.leaderOf(placed), () -> sales.report(placed.id(), yesterday, 4_900, 3, null));
            // an absurd ceiling is refused too
            assertThatThrownBy(() -> fx.accounts.as(admin, () -> sales.setCeiling(SalesService.MAX_CEILING + 1)))
                    .isInstanceOf(ValidationException.class);
            // an officer may not change it
            assertThatThrownBy(() -> fx.accounts.as(stand.officer(), () -> sales.setCeiling(1_000_000)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            fx.accounts.as(admin, () -> sales.setCeiling(before));
        }
    }
}
