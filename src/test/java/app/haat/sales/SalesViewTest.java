package app.haat.sales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A group reports a day's sales from My stalls, in Bengali; the late days show. */
class SalesViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Autowired
    SalesService sales;

    @Test
    void aGroupReportsThreeDaysOfSalesFromItsPhone() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Kamarhati");
        Application placed = stand.firstPlaced();
        signInAs(stand.leaderOf(placed));
        navigate("my-stalls");
        assertThat(_get(Anchor.class, s -> s.withId("sales-link-" + placed.id()))
                        .getHref())
                .isEqualTo("sales/" + placed.id());
        navigate("sales/" + placed.id());
        useLanguage(Translator.BENGALI);
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        assertThat(_get(Div.class, s -> s.withId("sales-" + yesterday))
                        .getElement()
                        .getTextRecursively())
                .contains("এখনও জানানো হয়নি");
        // three days, one after the other, from the same form
        for (int back = 3; back >= 1; back--) {
            LocalDate day = yesterday.plusDays(1 - back);
            // typed as people do, in Bengali digits on one day and Latin on the next
            boolean bengali = back % 2 == 1;
            setAsUser(
                    _get(TextField.class, s -> s.withId("sales-day")),
                    bengali ? Formats.bengaliDigits(Formats.date(day)) : Formats.date(day, Locale.ROOT));
            String amount = "₹" + Formats.number(3_000 + back * 100, Locale.ROOT);
            setAsUser(
                    _get(TextField.class, s -> s.withId("sales-amount")),
                    bengali ? Formats.bengaliDigits(amount) : amount);
            String items = Integer.toString(10 + back);
            setAsUser(
                    _get(TextField.class, s -> s.withId("sales-items")),
                    bengali ? Formats.bengaliDigits(items) : items);
            _click(_get(Button.class, s -> s.withId("sales-save")));
        }
        assertThat(_get(Div.class, s -> s.withId("sales-" + yesterday))
                        .getElement()
                        .getTextRecursively())
                .contains("₹৩,১০০")
                .contains("১১টি জিনিস");
        assertThat(_get(Div.class, s -> s.withId("sales-" + yesterday.minusDays(2)))
                        .getElement()
                        .getTextRecursively())
                .contains("₹৩,৩০০")
                .doesNotContain("এখনও জানানো হয়নি");
        assertThat(fx.accounts.as(stand.leaderOf(placed), () -> sales.days(placed.id())))
                .filteredOn(d -> d.amount() != null)
                .hasSize(3);
    }

    @Test
    void theOfficerSeesEveryStandWithTheLateOnesFirstAndCanExportThem() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Titagarh");
        signInAs(stand.officer());
        navigate("exhibition/" + stand.exhibitionId());
        _get(Button.class, s -> s.withId("exhibition-sales"));
        _get(Anchor.class, s -> s.withId("applications-export-csv"));
        navigate("sales-overview/" + stand.exhibitionId());
        @SuppressWarnings("unchecked")
        Grid<SalesService.StandSummary> grid = _get(Grid.class, s -> s.withId("sales-overview-grid"));
        List<SalesService.StandSummary> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.late()).isEqualTo(3));
        assertThat(_get(Paragraph.class, s -> s.withId("sales-overview-summary"))
                        .getText())
                .contains("6");
        assertThat(_get(Anchor.class, s -> s.withId("sales-export-xlsx")).getHref())
                .isNotBlank();

        // an officer of another municipality gets the error page, not the stands
        signInAs(fx.accounts.officer(Set.of(fx.municipality("Kolkata"))));
        navigate("");
        navigate("sales-overview/" + stand.exhibitionId());
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(SalesOverviewView.class);
    }

    @Test
    void aGroupSeesWhoEnteredTheDaysFigureAndIsAskedBeforeReplacingTheOfficers() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Naihati");
        Application placed = stand.firstPlaced();
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        fx.accounts.as(stand.officer(), () -> sales.report(placed.id(), yesterday, 3_900, 12, null));

        signInAs(stand.leaderOf(placed));
        navigate("sales/" + placed.id());
        useLanguage(Translator.BENGALI);
        // (the digits' style is the digits' rule's business: compared here in Latin digits)
        assertThat(Formats.latinDigits(_get(Div.class, s -> s.withId("sales-" + yesterday))
                        .getElement()
                        .getTextRecursively()))
                .contains("3,900")
                .contains("আধিকারিক লিখেছেন (" + stand.officer() + ")");
        setAsUser(_get(TextField.class, s -> s.withId("sales-day")), Formats.bengaliDigits(Formats.date(yesterday)));
        setAsUser(_get(TextField.class, s -> s.withId("sales-amount")), "২৫০০");
        setAsUser(_get(TextField.class, s -> s.withId("sales-items")), "১০");
        _click(_get(Button.class, s -> s.withId("sales-save")));

        var ask = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(Formats.latinDigits(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(ask)))
                .contains("3,900")
                .contains(stand.officer())
                .contains("2,500");
        assertThat(amountOn(placed, yesterday))
                .as("nothing replaced before the answer")
                .isEqualTo(3_900);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(ask);
        assertThat(amountOn(placed, yesterday)).isEqualTo(2_500);
        assertThat(_get(Div.class, s -> s.withId("sales-" + yesterday))
                        .getElement()
                        .getTextRecursively())
                .contains("গোষ্ঠী লিখেছে");
    }

    private Integer amountOn(Application placed, LocalDate day) {
        return dsl.select(app.haat.db.Tables.SALES_REPORT.AMOUNT_RUPEES)
                .from(app.haat.db.Tables.SALES_REPORT)
                .where(app.haat.db.Tables.SALES_REPORT
                        .APPLICATION_ID
                        .eq(placed.id())
                        .and(app.haat.db.Tables.SALES_REPORT.SALES_DAY.eq(day)))
                .fetchSingle(app.haat.db.Tables.SALES_REPORT.AMOUNT_RUPEES);
    }
}
