package app.haat.allocation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.Application;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionPostponement;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a postponement to fewer slots, the groups sent back head the board's waitlist, ready to be placed by hand. */
class DisplacedOnBoardViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    OfferSteps steps;

    @Autowired
    ExhibitionPostponement postponement;

    @Test
    void theGroupsAPostponementDisplacedHeadTheWaitlistWithANote() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        LocalDate starts = ExhibitionFixtures.mondayAhead(170);
        // two groups for the first week (one waits), one for the second
        long exhibition = steps.publishedInWeeks(officer, bally, "Displaced fair", starts, 0, 0, 1);
        ExhibitionPostponement.Moved moved = fx.accounts.as(
                officer,
                () -> postponement.postpone(
                        exhibition,
                        fx.exhibitions.get(exhibition).version(),
                        starts.plusDays(21),
                        starts.plusDays(27)));
        assertThat(moved.displaced()).hasSize(1);

        signInAs(officer);
        navigate("allocation/" + exhibition);

        assertThat(_get(Paragraph.class, s -> s.withId("allocation-displaced")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("allocation.displaced", "1"));
        @SuppressWarnings("unchecked")
        Grid<Application> waitlist = _get(Grid.class, s -> s.withId("allocation-waitlist"));
        assertThat(GridKt._size(waitlist)).isEqualTo(2);
        assertThat(GridKt._get(waitlist, 0).id()).isEqualTo(moved.displaced().getFirst());
        assertThat(GridKt._get(waitlist, 1).explanationCode()).isNotIn(PostponementEffects.DISPLACED);
        _click((Button) GridKt._getCellComponent(waitlist, 0, "place"));
        assertThat(_get(Dialog.class).isOpened()).isTrue();
    }
}
