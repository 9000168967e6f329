package app.haat.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.SignUpForm;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The search box in the groups view, in Bengali: results as you type, marked words, facets, opening a hit. */
class SearchViewsTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    GroupService groups;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    SearchIndexer indexer;

    @Test
    void anOfficerTypesLatinLettersAndFindsTheBengaliNameWithFacets() throws InterruptedException {
        long uluberia = fx.municipality("Uluberia");
        String officer = fx.accounts.officer(Set.of(uluberia));
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                "জয় মা তারা মহিলা সমিতি",
                uluberia,
                "9",
                10,
                "Mita Bag",
                mobile,
                "long-enough",
                null,
                true,
                Set.of("JUTE"),
                "bn"));
        fx.accounts.as(officer, () -> registrations.verify(id, groups.get(id).version()));
        indexer.awaitQuiet(3000);

        signInAs(officer);
        navigate("groups");
        useLanguage(Translator.BENGALI);
        setAsUser(_get(TextField.class, s -> s.withId("groups-find")), "joy ma tara somity");
        assertThat(_find(Grid.class, s -> s.withId("groups-grid"))).isEmpty(); // hidden while results show
        assertThat(_get(Paragraph.class, s -> s.withId("groups-found")).getText())
                .isEqualTo("১টি পাওয়া গেছে");
        Div hit = _get(Div.class, s -> s.withId("hit-" + id));
        assertThat(_find(hit, Emphasis.class))
                .extracting(Emphasis::getText)
                .containsExactly("জয়", "মা", "তারা", "সমিতি");
        @SuppressWarnings("unchecked")
        ComboBox<SearchService.FacetCount> municipality = _get(ComboBox.class, s -> s.withId("facet-municipality"));
        assertThat(municipality
                        .getListDataView()
                        .getItems()
                        .map(c -> municipality.getItemLabelGenerator().apply(c)))
                .containsExactly("উলুবেড়িয়া (১)");
        assertThat(hit.getElement().getAttribute("role")).isEqualTo("button");
        LocatorJ._click(hit);
        assertThat(_get(Dialog.class).isOpened()).isTrue();

        // nothing found: a clear empty state; an empty box brings the list back
        _get(Dialog.class).close();
        setAsUser(_get(TextField.class, s -> s.withId("groups-find")), "zzzzqqq");
        assertThat(_get(Div.class, s -> s.withId("groups-results")).getElement().getTextRecursively())
                .contains("কিছু পাওয়া যায়নি");
        setAsUser(_get(TextField.class, s -> s.withId("groups-find")), "");
        assertThat(_get(Grid.class, s -> s.withId("groups-grid")).isVisible()).isTrue();
    }
}
