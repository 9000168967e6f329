package app.haat.exhibition;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officer's reject dialog in Bengali: a plain way back, and a reject button that says it rejects applications. */
class ReviewDialogWordsTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Test
    void theRejectDialogsButtonsReadDifferentlyInBengali() {
        long egra = fx.municipality("Egra");
        String officer = fx.accounts.officer(Set.of(egra));
        long venueId = fx.mall(officer, egra, 2);
        long exhibitionId = fx.openExhibition(
                officer, venueId, "Poush Mela", ExhibitionFixtures.mondayAhead(6), 7, SlotLength.WEEK, 5);
        long slot = fx.exhibitions.slots(exhibitionId).getFirst().id();
        VerifiedGroup group = fx.verifiedGroup(officer, egra, "CRAFT");
        fx.apply(group, exhibitionId, slot);

        signInAs(officer);
        navigate("exhibition/" + exhibitionId);
        useLanguage(Translator.BENGALI);
        @SuppressWarnings("unchecked")
        Grid<Application> grid = _get(Grid.class, s -> s.withId("applications-grid"));
        grid.select(_findAll(grid).getFirst());
        Button reject = _get(Button.class, s -> s.withId("applications-reject"));
        assertThat(reject.getText()).isEqualTo("বাছাই করা আবেদন নামঞ্জুর করুন");
        _click(reject);

        Dialog dialog = _get(Dialog.class);
        List<String> buttons = dialog.getFooter()
                .getElement()
                .getChildren()
                .map(e -> e.getTextRecursively().strip())
                .toList();
        assertThat(buttons).containsExactly("ফিরে যান", "বাছাই করা আবেদন নামঞ্জুর করুন");
        assertThat(buttons).noneMatch(text -> text.contains("বাতিল"));
        assertThat(_get(Button.class, s -> s.withId("applications-reject-confirm"))
                        .getText())
                .contains("নামঞ্জুর");
    }
}
