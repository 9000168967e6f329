package app.haat.exhibition;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mall closed for dates" on the venue page, in Bengali: the exhibitions met, each linked to its page. */
class VenueClosureViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Test
    void theOfficerFindsTheExhibitionsAClosureMeetsInBengali() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 1);
        LocalDate starts = ExhibitionFixtures.mondayAhead(100);
        long id = fx.openExhibition(
                officer, mall, "Closed mall fair " + System.nanoTime(), starts, 5, SlotLength.WHOLE, 1);
        signInAs(officer);
        navigate("venue/" + mall);
        useLanguage(Translator.BENGALI);
        Button closed = _get(Button.class, s -> s.withId("venue-closure"));
        assertThat(closed.getText()).isEqualTo("নির্দিষ্ট দিনে মল বন্ধ");
        _click(closed);
        setAsUser(
                _get(TextField.class, s -> s.withId("venue-closure-from")),
                Formats.bengaliDigits(Formats.date(starts.plusDays(2), Locale.ROOT)));
        setAsUser(
                _get(TextField.class, s -> s.withId("venue-closure-to")),
                Formats.date(starts.plusDays(3), Locale.ROOT));
        _click(_get(Button.class, s -> s.withId("venue-closure-show")));

        assertThat(_get(Paragraph.class, s -> s.withId("venue-closure-exhibition-" + id))
                        .getText())
                .contains(Formats.bengaliDigits(Formats.date(starts, Locale.ROOT)))
                .contains("আবেদন");
        assertThat(_get(Anchor.class, s -> s.withId("venue-closure-open-" + id)).getHref())
                .isEqualTo("exhibition/" + id);
    }
}
