package app.haat.exhibition;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.group.GroupRegistryTest;
import app.haat.group.SignUpForm;
import app.haat.mail.MessageType;
import app.haat.support.ViewTest;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An exhibition and its venue with Bengali names: Bengali readers see them on every screen (English readers the
 * English ones), and each group's messages use its own language, whoever opened the exhibition.
 */
class BengaliNamesTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    DSLContext dsl;

    private record Named(String officer, long municipality, long venue, long exhibition, String title) {}

    /** A mall with a Bengali name and an exhibition on it with a Bengali title, open for applications. */
    private Named openNamed(String municipalityName) {
        long municipality = fx.municipality(municipalityName);
        String officer = fx.accounts.officer(Set.of(municipality));
        String title = unique(municipalityName + " Spring Fair ");
        long venue = fx.accounts.as(
                officer,
                () -> fx.venues.create(new VenueForm(
                                VenueKind.MALL,
                                unique(municipalityName + " Bazar Mall "),
                                municipality,
                                "Station Road",
                                1,
                                6,
                                3,
                                null,
                                null,
                                List.of(new KioskForm("K1", 0, 0, 0, null, null, 4, false, false, false)))
                        .withBengali("বাজার মল বাংলায়", "স্টেশন রোড")));
        LocalDate start = ExhibitionFixtures.mondayAhead(40);
        OffsetDateTime now = OffsetDateTime.now();
        long exhibition = fx.accounts.as(
                officer,
                () -> fx.exhibitions.create(new ExhibitionForm(
                                venue,
                                title,
                                start,
                                start.plusDays(6),
                                SlotLength.WHOLE,
                                4,
                                null,
                                List.of(),
                                now.minusMinutes(1),
                                now.plusDays(7))
                        .withTitleBn("বসন্ত মেলা বাংলায়")));
        fx.open(officer, exhibition);
        return new Named(officer, municipality, venue, exhibition, title);
    }

    @Test
    void aGroupReadingBengaliSeesTheBengaliTitleAndVenueOnItsHomeAndMyStallsAndAnOfficerOnTheExhibitionPage() {
        Named named = openNamed("Titagarh");
        var group = fx.verifiedGroup(named.officer(), named.municipality(), "JUTE");

        signInAs(group.mobile());
        navigate("my-stalls");
        useLanguage(Translator.BENGALI);
        assertThat(pageText())
                .contains("বসন্ত মেলা বাংলায়", "বাজার মল বাংলায়")
                .doesNotContain(named.title());
        navigate("");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("home-todo"))
                        .getElement()
                        .getTextRecursively())
                .contains("বসন্ত মেলা বাংলায়")
                .doesNotContain(named.title());
        useLanguage(Translator.ENGLISH);
        assertThat(pageText()).contains(named.title()).doesNotContain("বসন্ত মেলা বাংলায়");

        signInAs(named.officer());
        navigate("exhibition/" + named.exhibition());
        useLanguage(Translator.BENGALI);
        assertThat(_get(H2.class).getText()).isEqualTo("বসন্ত মেলা বাংলায়");
        assertThat(pageText()).contains("বাজার মল বাংলায়");
        navigate("venue/" + named.venue());
        assertThat(_get(H2.class).getText()).isEqualTo("বাজার মল বাংলায়");
        assertThat(pageText()).contains("স্টেশন রোড");
        navigate("exhibitions");
        @SuppressWarnings("unchecked")
        Grid<Exhibition> grid = _get(Grid.class, spec -> spec.withId("exhibitions-grid"));
        int size = GridKt._size(grid);
        List<String> rows = new java.util.ArrayList<>();
        for (int row = 0; row < size; row++) {
            rows.add(String.join(" ", GridKt._getFormattedRow(grid, row)));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("বসন্ত মেলা বাংলায়", "বাজার মল বাংলায়"));
    }

    @Test
    void eachGroupHearsOfTheOpeningInItsOwnLanguageWhateverTheOfficersLanguage() {
        long khardah = fx.municipality("Khardaha");
        String officer = fx.accounts.officer(Set.of(khardah));
        var bengaliGroup = fx.verifiedGroup(officer, khardah, "JUTE");
        String mobile = GroupRegistryTest.newMobile();
        long englishGroup = fx.registrations.register(new SignUpForm(
                "English Gosthi " + mobile,
                khardah,
                "3",
                12,
                "Mala Pal",
                mobile,
                "long-enough",
                null,
                true,
                Set.of("JUTE"),
                "en"));
        fx.accounts.as(
                officer,
                () -> fx.registrations.verify(
                        englishGroup, fx.groups.get(englishGroup).version()));
        Named named = openNamedBy(officer, khardah);

        var models = dsl.select(MAIL_OUTBOX.GROUP_ID, MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(MessageType.APPLICATIONS_OPEN)
                        .and(MAIL_OUTBOX.MODEL.like("{\"exhibitionId\":" + named.exhibition() + ",%")))
                .fetchGroups(MAIL_OUTBOX.GROUP_ID, MAIL_OUTBOX.MODEL);
        assertThat(models.get(bengaliGroup.id()))
                .isNotEmpty()
                .allSatisfy(model -> assertThat(model)
                        .contains("\"exhibition\":\"বসন্ত মেলা বাংলায়\"")
                        .doesNotContain(named.title()));
        assertThat(models.get(englishGroup))
                .isNotEmpty()
                .allSatisfy(model -> assertThat(model)
                        .contains("\"exhibition\":\"" + named.title() + "\"")
                        .doesNotContain("বসন্ত মেলা বাংলায়"));
    }

    private Named openNamedBy(String officer, long municipality) {
        String title = unique("Khardaha Spring Fair ");
        long venue = fx.accounts.as(
                officer,
                () -> fx.venues.create(new VenueForm(
                                VenueKind.MALL,
                                unique("Khardaha Mall "),
                                municipality,
                                null,
                                1,
                                6,
                                3,
                                null,
                                null,
                                List.of(new KioskForm("K1", 0, 0, 0, null, null, 4, false, false, false)))
                        .withBengali("খড়দহ মল", null)));
        LocalDate start = ExhibitionFixtures.mondayAhead(44);
        OffsetDateTime now = OffsetDateTime.now();
        long exhibition = fx.accounts.as(
                officer,
                () -> fx.exhibitions.create(new ExhibitionForm(
                                venue,
                                title,
                                start,
                                start.plusDays(6),
                                SlotLength.WHOLE,
                                4,
                                null,
                                List.of(),
                                now.minusMinutes(1),
                                now.plusDays(7))
                        .withTitleBn("বসন্ত মেলা বাংলায়")));
        fx.open(officer, exhibition);
        return new Named(officer, municipality, venue, exhibition, title);
    }

    private static String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }
}
