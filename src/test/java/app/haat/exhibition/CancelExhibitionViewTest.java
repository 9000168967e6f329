package app.haat.exhibition;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer calls an exhibition off from its page, in Bengali: a reason is required, and the page says why. */
class CancelExhibitionViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Test
    void theOfficerCallsAnExhibitionOffWithAReasonAndThePageSaysWhy() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 1);
        long id = fx.openExhibition(
                officer, mall, "Called off fair", ExhibitionFixtures.mondayAhead(120), 5, SlotLength.WHOLE, 1);
        fx.apply(
                fx.verifiedGroup(officer, bally, "JUTE"),
                id,
                fx.accounts
                        .as(officer, () -> fx.exhibitions.slots(id))
                        .getFirst()
                        .id());

        signInAs(officer);
        navigate("exhibition/" + id);
        useLanguage(Translator.BENGALI);
        Button cancel = _get(Button.class, s -> s.withId("exhibition-cancel"));
        assertThat(cancel.getText()).isEqualTo("এই প্রদর্শনী বাতিল করুন");
        assertThat(cancel.getParent().orElseThrow().getElement().getClassList()).contains("haat-danger-zone");
        _click(cancel);

        // no reason: refused, nothing changes
        _click(_get(Button.class, s -> s.withId("cancel-exhibition-go")));
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(id).status()))
                .isEqualTo(ExhibitionStatus.OPEN);

        setAsUser(_get(TextArea.class, s -> s.withId("cancel-reason")), "মল সংস্কারের জন্য বন্ধ থাকবে");
        _click(_get(Button.class, s -> s.withId("cancel-exhibition-go")));
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(id).status()))
                .isEqualTo(ExhibitionStatus.CANCELLED);
        navigate("exhibition/" + id);
        assertThat(_get(Paragraph.class, s -> s.withId("exhibition-status")).getText())
                .contains("বাতিল হয়েছে");
        assertThat(_get(Paragraph.class, s -> s.withId("exhibition-cancel-reason"))
                        .getText())
                .contains("মল সংস্কারের জন্য বন্ধ থাকবে");
        assertThat(_find(Button.class, s -> s.withId("exhibition-cancel"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("exhibition-step"))).isEmpty();
    }
}
