package app.haat.exhibition;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The map link a group follows to its stall points to the venue: its map location when set (typed in Bengali
 * digits), else the venue's own address and municipality, never the group's municipality.
 */
class VenueMapLinkTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Test
    void theLinkForAStallUsesTheVenuesLocationElseItsOwnAddressNeverTheGroupsMunicipality() {
        long saltLake = fx.municipality("Bidhannagar");
        long dumDum = fx.municipality("North Dum Dum");
        String officer = fx.accounts.officer(Set.of(saltLake, dumDum));
        long mall = fx.mall(officer, saltLake, 2);
        OffsetDateTime now = OffsetDateTime.now();
        var startsOn = ExhibitionFixtures.mondayAhead(30);
        long exhibition = fx.accounts.as(
                officer,
                () -> fx.exhibitions.create(new ExhibitionForm(
                        mall,
                        "Salt Lake fair",
                        startsOn,
                        startsOn.plusDays(6),
                        SlotLength.WHOLE,
                        1,
                        new Catchment(Catchment.Kind.STATE, List.of()),
                        List.of(),
                        now.minusMinutes(1),
                        now.plusDays(7))));
        fx.open(officer, exhibition);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        ExhibitionFixtures.VerifiedGroup group = fx.verifiedGroup(officer, dumDum, "HANDLOOM");
        long application = fx.apply(group, exhibition, slot);

        // no map location: the venue's name, address and municipality
        signInAs(group.mobile());
        navigate("my-stalls");
        String byAddress =
                _get(Anchor.class, s -> s.withId("map-link-" + application)).getHref();
        assertThat(byAddress)
                .startsWith("https://www.google.com/maps/search/?api=1&query=City+Centre")
                .contains("DC+Block%2C+Salt+Lake%2C+Bidhannagar")
                .doesNotContain("Dum");
        assertThat(fx.accounts.as(group.mobile(), () -> fx.exhibitions.mapLink(exhibition)))
                .isEqualTo(byAddress);

        // the officer sets the location on the venue's page, typed in Bengali digits
        signInAs(officer);
        navigate("venue/" + mall);
        useLanguage(Translator.BENGALI);
        _click(_get(Button.class, s -> s.withId("venue-location-edit")));
        _get(TextField.class, s -> s.withId("venue-latitude")).setValue("২২.৫৮৬৫");
        _get(TextField.class, s -> s.withId("venue-longitude")).setValue("৮৮.৪০৮৪");
        _click(_get(Button.class, s -> s.withId("venue-location-save")));
        assertThat(fx.accounts.as(officer, () -> fx.venues.get(mall)))
                .extracting(v -> v.latitude(), v -> v.longitude())
                .containsExactly(new BigDecimal("22.586500"), new BigDecimal("88.408400"));

        signInAs(group.mobile());
        navigate("my-stalls");
        assertThat(_get(Anchor.class, s -> s.withId("map-link-" + application)).getHref())
                .isEqualTo("https://www.google.com/maps/search/?api=1&query=22.586500,88.408400");

        // half a location, or one off the globe, is refused
        assertThatThrownBy(
                        () -> fx.accounts.as(officer, () -> fx.venues.setLocation(mall, new BigDecimal("22.5"), null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("venue.error.locationBoth"));
        assertThatThrownBy(() -> fx.accounts.as(
                        officer, () -> fx.venues.setLocation(mall, new BigDecimal("95"), new BigDecimal("88"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("venue.error.locationRange"));
    }
}
