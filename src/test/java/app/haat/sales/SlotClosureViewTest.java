package app.haat.sales;

import static app.haat.db.Tables.EXHIBITION_SLOT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer closes the rest of a slot from the sales overview, in Bengali, typing the day in Bengali digits. */
class SlotClosureViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Test
    void theOfficerClosesTheDaysOfASlotInBengali() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Kamarhati");
        LocalDate tomorrow = LocalDate.now(Formats.INDIA).plusDays(1);
        signInAs(stand.officer());
        navigate("sales-overview/" + stand.exhibitionId());
        useLanguage(Translator.BENGALI);
        Button close = _get(Button.class, s -> s.withId("sales-close-slot"));
        assertThat(close.getText()).isEqualTo("এই পর্বের কয়েক দিন বন্ধ করুন");
        _click(close);
        setAsUser(
                _get(TextField.class, s -> s.withId("slot-close-from")),
                Formats.bengaliDigits(Formats.date(tomorrow, java.util.Locale.ROOT)));
        setAsUser(_get(TextArea.class, s -> s.withId("slot-close-reason")), "বন্যায় মল বন্ধ");
        _click(_get(Button.class, s -> s.withId("slot-close-go")));

        assertThat(dsl.select(EXHIBITION_SLOT.CLOSED_FROM)
                        .from(EXHIBITION_SLOT)
                        .where(EXHIBITION_SLOT.ID.eq(stand.slot()))
                        .fetchSingle(EXHIBITION_SLOT.CLOSED_FROM))
                .isEqualTo(tomorrow);
        assertThat(_get(Paragraph.class, s -> s.withClasses("haat-slot-closed")).getText())
                .startsWith("পর্ব ১ বন্ধ, " + Formats.bengaliDigits(Formats.date(tomorrow, java.util.Locale.ROOT)))
                .endsWith("বন্যায় মল বন্ধ");
    }
}
