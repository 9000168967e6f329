package app.haat.exhibition;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.db.Tables;
import app.haat.sales.UnderWay;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A group's stalls on its phone, in Bengali: every slot with its dates, and only the actions that make sense today. */
class MyStallsViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Test
    void aPlacedGroupSeesItsSlotsDatesReportsSalesOnlyOnceStartedAndIsToldWhatWithdrawingGivesUp() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Kamarhati");
        Application placed = stand.firstPlaced();
        LocalDate today = LocalDate.now(Formats.INDIA);

        // under way: the slot with its dates in Bengali digits; sales may be reported; withdrawing is over
        signInAs(stand.leaderOf(placed));
        navigate("my-stalls");
        useLanguage(Translator.BENGALI);
        String card = text("application-" + placed.id());
        assertThat(card)
                .contains("পর্ব ১ (" + Formats.bengaliDigits(Formats.date(today.minusDays(3))) + " – "
                        + Formats.bengaliDigits(Formats.date(today.plusDays(3))) + ")")
                .doesNotContain("পর্ব 1");
        Anchor sales = _get(Anchor.class, s -> s.withId("sales-link-" + placed.id()));
        assertThat(sales.getClassNames()).contains("haat-tap");
        assertThat(_find(Button.class, s -> s.withId("withdraw-" + placed.id())))
                .isEmpty();

        // ten days ahead instead: no sales to report yet; withdrawing stands apart and says the kiosk is given up
        LocalDate starts = today.plusDays(10);
        dsl.update(Tables.EXHIBITION)
                .set(Tables.EXHIBITION.STARTS_ON, starts)
                .set(Tables.EXHIBITION.ENDS_ON, starts.plusDays(6))
                .where(Tables.EXHIBITION.ID.eq(stand.exhibitionId()))
                .execute();
        dsl.update(Tables.EXHIBITION_SLOT)
                .set(Tables.EXHIBITION_SLOT.STARTS_ON, starts)
                .set(Tables.EXHIBITION_SLOT.ENDS_ON, starts.plusDays(6))
                .where(Tables.EXHIBITION_SLOT.ID.eq(stand.slot()))
                .execute();
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(text("application-" + placed.id()))
                .contains("পর্ব ১ (" + Formats.bengaliDigits(Formats.date(starts)) + " – ");
        assertThat(_find(Anchor.class, s -> s.withId("sales-link-" + placed.id())))
                .isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("letter-" + placed.id())).getClassNames())
                .contains("haat-tap");
        Button withdraw = _get(Button.class, s -> s.withId("withdraw-" + placed.id()));
        assertThat(withdraw.getClassNames()).contains("haat-tap");
        assertThat(withdraw.getThemeNames()).contains("error");
        assertThat(withdraw.getParent().orElseThrow().getElement().getClassList())
                .contains("haat-danger-zone");
        _click(withdraw);
        String question = ConfirmDialogKt._getText(_get(ConfirmDialog.class));
        assertThat(question)
                .contains(placed.exhibitionTitle())
                .containsPattern("কিয়স্ক K1, পর্ব ১ \\(" + Formats.bengaliDigits(Formats.date(starts)))
                .contains("ছেড়ে দেবে");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Button.class, s -> s.withId("withdraw-" + placed.id())))
                .isEmpty();
        assertThat(fx.accounts.as(stand.leaderOf(placed), () -> applications.mine()).stream()
                        .filter(a -> a.id() == placed.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    private String text(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }
}
