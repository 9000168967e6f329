package app.haat.core;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.core.ui.ForbiddenPage;
import app.haat.core.ui.RecordNotFoundPage;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page the service refuses to open says why in the reader's language, never with the exception's own text (testers
 * saw "Venue 1 is not yours" on Vaadin's default error page).
 */
class RefusalPagesTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Test
    void anotherMunicipalitysVenueIsRefusedInWordsNotWithTheExceptionsText() {
        long bally = fx.municipality("Bally");
        long mall = fx.mall(fx.accounts.officer(Set.of(bally)), bally, 1);
        signInAs(fx.accounts.officer(Set.of(fx.municipality("Kolkata"))));

        navigate("venue/" + mall);
        _get(ForbiddenPage.class);
        assertThat(message()).isEqualTo("This venue is outside your municipalities.");
        assertThat(page())
                .doesNotContain("Venue " + mall)
                .doesNotContain("Exception")
                .doesNotContain("venue.error");

        navigate("venue/999999999");
        _get(RecordNotFoundPage.class);
        assertThat(message()).isEqualTo("This venue does not exist.");
        assertThat(page()).doesNotContain("999999999");

        useLanguage(Translator.BENGALI);
        navigate("venue/" + mall);
        assertThat(message()).isEqualTo("এই ভেন্যুটি আপনার পৌরসভাগুলির বাইরে।");
    }

    @Test
    void anExhibitionOfAnotherMunicipalityIsRefusedTheSameWay() {
        long bally = fx.municipality("Bally");
        String owner = fx.accounts.officer(Set.of(bally));
        long exhibition =
                fx.exhibition(owner, fx.mall(owner, bally, 1), ExhibitionFixtures.mondayAhead(30), java.util.List.of());
        signInAs(fx.accounts.officer(Set.of(fx.municipality("Kolkata"))));
        navigate("exhibition/" + exhibition);
        _get(ForbiddenPage.class);
        assertThat(message()).isEqualTo("This venue is outside your municipalities.");
        assertThat(page()).doesNotContain("Exhibition " + exhibition).doesNotContain("Exception");
    }

    private static String message() {
        return _get(Paragraph.class, s -> s.withId("refusal-message")).getText();
    }

    private static String page() {
        return UI.getCurrent().getElement().getTextRecursively();
    }
}
