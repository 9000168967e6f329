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
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The phone form in Bengali: cash and UPI typed in either digits fill the total, and the day shows the split. */
class CashAndUpiViewTest extends ViewTest {

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

    private static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @Test
    void aGroupTypesCashAndUpiTheTotalFillsItselfAndTheDayShowsTheSplit() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Mirik");
        Application placed = stand.firstPlaced();
        String leader = stand.leaderOf(placed);
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        signInAs(leader);
        navigate("sales/" + placed.id());
        useLanguage(Translator.BENGALI);
        assertThat(field("sales-cash").getLabel()).isEqualTo("নগদ");
        assertThat(field("sales-upi").getLabel()).isEqualTo("ইউপিআই");
        setAsUser(field("sales-day"), Formats.bengaliDigits(Formats.date(yesterday)));
        setAsUser(field("sales-cash"), "৩,০০০");
        assertThat(field("sales-amount").getValue()).isEqualTo("৩,০০০");
        setAsUser(field("sales-upi"), "1500");
        assertThat(field("sales-amount").getValue()).isEqualTo("৪,৫০০");
        setAsUser(field("sales-items"), "১২");
        _click(_get(Button.class, s -> s.withId("sales-save")));
        assertThat(_get(Div.class, s -> s.withId("sales-" + yesterday))
                        .getElement()
                        .getTextRecursively())
                .contains("₹৪,৫০০ (নগদ ₹৩,০০০, ইউপিআই ₹১,৫০০)");
        SalesService.Day stored = fx.accounts.as(leader, () -> sales.days(placed.id())).stream()
                .filter(d -> d.day().equals(yesterday))
                .findFirst()
                .orElseThrow();
        assertThat(new Integer[] {stored.amount(), stored.cash(), stored.upi()}).containsExactly(4_500, 3_000, 1_500);

        // a total typed by hand stays; parts that do not make it are refused with the numbers, and nothing changes
        LocalDate before = yesterday.minusDays(1);
        setAsUser(field("sales-day"), Formats.date(before));
        setAsUser(field("sales-amount"), "৫০০০");
        setAsUser(field("sales-cash"), "৩০০০");
        setAsUser(field("sales-upi"), "১০০০");
        assertThat(field("sales-amount").getValue()).isEqualTo("৫,০০০");
        setAsUser(field("sales-items"), "3");
        _click(_get(Button.class, s -> s.withId("sales-save")));
        NotificationsKt.expectNotifications(
                "বিক্রি রাখা হয়েছে।", "নগদ ₹৩,০০০ আর ইউপিআই ₹১,০০০ মিলে ₹৪,০০০ হয়, মোট ₹৫,০০০ নয়।");
        assertThat(fx.accounts.as(leader, () -> sales.days(placed.id())))
                .filteredOn(d -> d.day().equals(before))
                .singleElement()
                .satisfies(d -> assertThat(d.amount()).isNull());

        // the officer's overview has the split in its own columns
        signInAs(stand.officer());
        navigate("sales-overview/" + stand.exhibitionId());
        @SuppressWarnings("unchecked")
        Grid<SalesService.StandSummary> grid = _get(Grid.class, s -> s.withId("sales-overview-grid"));
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText)).contains("নগদ (টাকা)", "ইউপিআই (টাকা)");
        assertThat(grid.getListDataView().getItems().filter(r -> r.applicationId() == placed.id()))
                .singleElement()
                .satisfies(r -> assertThat(new long[] {r.cash(), r.upi()}).containsExactly(3_000, 1_500));
    }
}
