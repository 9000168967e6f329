package app.haat.exhibition;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.TypedField;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer edits an open exhibition from its page, in Bengali: the title, and the closing day typed in Bengali
 * digits; after a narrowed catchment, the review grid marks the application left outside.
 */
class EditExhibitionViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ExhibitionEditing editing;

    @Test
    void theOfficerEditsTheTitleAndWindowInBengaliAndSeesTheFlaggedApplication() {
        long bally = fx.municipality("Bally");
        long howrah = fx.municipality("Howrah");
        String officer = fx.accounts.officer(Set.of(bally, howrah));
        long mall = fx.mall(officer, bally, 1);
        long id = fx.openExhibition(
                officer, mall, "Edited fair", ExhibitionFixtures.mondayAhead(155), 5, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        fx.apply(fx.verifiedGroup(officer, howrah, "JUTE"), id, slot);
        LocalDate closesOn = fx.accounts
                .as(officer, () -> fx.exhibitions.get(id))
                .applicationsCloseAt()
                .toLocalDate()
                .plusDays(3);

        signInAs(officer);
        navigate("exhibition/" + id);
        useLanguage(Translator.BENGALI);
        Button edit = _get(Button.class, s -> s.withId("exhibition-edit"));
        assertThat(edit.getText()).isEqualTo("বিবরণ বদলান");
        _click(edit);

        // an empty title: refused, nothing changes
        TextField title = _get(TextField.class, s -> s.withId("edit-title"));
        setAsUser(title, "");
        _click(_get(Button.class, s -> s.withId("edit-exhibition-save")));
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(id).title()))
                .isEqualTo("Edited fair");

        setAsUser(title, "Edited winter fair");
        setAsUser(_get(TextField.class, s -> s.withId("edit-title-bn")), "শীতের মেলা");
        TypedField<?> closes = _get(TypedField.class, s -> s.withId("edit-closes-on"));
        setAsUser(
                closes,
                toBengaliDigits(String.format(
                        "%02d/%02d/%d", closesOn.getDayOfMonth(), closesOn.getMonthValue(), closesOn.getYear())));
        _click(_get(Button.class, s -> s.withId("edit-exhibition-save")));
        Exhibition after = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        assertThat(after.title()).isEqualTo("Edited winter fair");
        assertThat(after.titleBn()).isEqualTo("শীতের মেলা");
        assertThat(after.applicationsCloseAt().atZoneSameInstant(Formats.INDIA).toLocalDate())
                .isEqualTo(closesOn);

        // the catchment narrowed to Bally: the Howrah group's application is marked in the grid, in Bengali
        fx.accounts.as(
                officer,
                () -> editing.edit(
                        id,
                        after.version(),
                        ExhibitionEditingTest.onlyCatchment(
                                new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(bally)))));
        navigate("exhibition/" + id);
        @SuppressWarnings("unchecked")
        Grid<Application> grid = _get(Grid.class, s -> s.withId("applications-grid"));
        Application row =
                grid.getDataProvider().fetch(new Query<>()).findFirst().orElseThrow();
        assertThat(row.outsideTerms()).isTrue();
        assertThat(_getFormatted(grid, 0, "status")).contains("বদলানো শর্তের বাইরে");

        // once closed, no edit button
        fx.close(officer, id);
        navigate("exhibition/" + id);
        assertThat(_find(Button.class, s -> s.withId("exhibition-edit"))).isEmpty();
    }

    private static String toBengaliDigits(String latin) {
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('০' + (c - '0')) : c);
        }
        return out.toString();
    }
}
