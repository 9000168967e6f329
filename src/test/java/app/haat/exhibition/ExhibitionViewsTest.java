package app.haat.exhibition;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.group.Group;
import app.haat.support.ViewTest;
import app.haat.venue.Venue;
import app.haat.venue.VenueView;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The path through the views: a mall of six kiosks, an exhibition, applications, review, the group's page. */
class ExhibitionViewsTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    private long currentId() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void anOfficerDrawsAMallOpensAnExhibitionGroupsApplyAndTheOfficerReviewsThem() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        signInAs(officer);
        navigate("venues");
        _click(_get(Button.class, s -> s.withId("venue-new")));
        setAsUser(_get(TextField.class, s -> s.withId("venue-name")), "Avani Riverside Mall");
        _click(_get(Button.class, s -> s.withId("venue-save")));
        long venueId = currentId();
        // six kiosks on the ground floor: choose an empty cell, give the code
        for (int i = 0; i < 6; i++) {
            int x = i * 2;
            _click(_get(NativeButton.class, s -> s.withId("cell-0-" + x + "-2")));
            setAsUser(_get(TextField.class, s -> s.withId("kiosk-code")), "K" + (i + 1));
            if (i == 0) { // the capacity is required: without it the kiosk is not added
                _click(_get(Button.class, s -> s.withId("kiosk-add")));
                assertThat(_find(NativeButton.class, s -> s.withClasses("kiosk")))
                        .isEmpty();
            }
            // Bengali digits and Latin ones alike
            setAsUser(_get(TextField.class, s -> s.withId("kiosk-capacity")), i % 2 == 0 ? "৪" : "4");
            _click(_get(Button.class, s -> s.withId("kiosk-add")));
        }
        assertThat(_find(NativeButton.class, s -> s.withClasses("kiosk"))).hasSize(6);
        // each kiosk shows its places on the plan, typed in Bengali or Latin digits alike
        assertThat(_find(Span.class, s -> s.withClasses("places")))
                .extracting(Span::getText)
                .containsOnly("4")
                .hasSize(6);
        // move K1: choose it, then an empty cell
        _click(_get(NativeButton.class, s -> s.withId("kiosk-K1")));
        _click(_get(NativeButton.class, s -> s.withId("cell-0-0-5")));
        assertThat(fx.venues.kiosks(venueId))
                .filteredOn(k -> k.code().equals("K1"))
                .singleElement()
                .satisfies(k -> assertThat(List.of(k.x(), k.y())).containsExactly(0, 5));
        NotificationsKt.expectNotifications(
                "Give the kiosk's capacity: how many groups' displays it holds.", "Kiosk K1 moved.");

        navigate("exhibitions");
        _click(_get(Button.class, s -> s.withId("exhibition-new")));
        @SuppressWarnings("unchecked")
        ComboBox<Venue> venuePicker = _get(ComboBox.class, s -> s.withId("exhibition-venue"));
        setAsUser(venuePicker, fx.venues.get(venueId));
        setAsUser(_get(TextField.class, s -> s.withId("exhibition-title")), "Poush Mela at Avani");
        LocalDate start = ExhibitionFixtures.mondayAhead(40);
        setAsUser(_get(TextField.class, s -> s.withId("exhibition-starts")), Formats.date(start));
        setAsUser(
                _get(TextField.class, s -> s.withId("exhibition-ends")),
                Formats.bengaliDigits(Formats.date(start.plusDays(13))));
        _click(_get(Button.class, s -> s.withId("exhibition-save")));
        long exhibitionId = currentId();
        assertThat(fx.exhibitions.slots(exhibitionId)).hasSize(2);
        assertThat(fx.exhibitions.get(exhibitionId).groupsPerKioskSlot()).isEqualTo(10);
        _click(_get(Button.class, s -> s.withId("exhibition-step")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Paragraph.class, s -> s.withId("exhibition-status")).getText())
                .isEqualTo("Status: Open for applications");

        // 60 groups apply through the service; one more applies on its phone, in Bengali
        List<Slot> slots = fx.exhibitions.slots(exhibitionId);
        for (int i = 0; i < 60; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
            fx.accounts.as(
                    group.mobile(),
                    () -> applications.apply(
                            exhibitionId,
                            new ApplicationForm(
                                    null, List.of(slots.get(0).id()), List.of(group.product()), false, false, true)));
        }
        VerifiedGroup phone = fx.verifiedGroup(officer, bally, "CRAFT");
        signInAs(phone.mobile());
        navigate("my-stalls");
        useLanguage(Translator.BENGALI);
        _click(_get(Button.class, s -> s.withId("apply-" + exhibitionId)));
        _click(_get(Button.class, s -> s.withId("apply-submit")));
        NotificationsKt.expectNotifications("পণ্যগুলি আপনার সদস্যদের নিজেদের তৈরি, তা নিশ্চিত করুন।");
        setAsUser(_get(Checkbox.class, s -> s.withId("apply-declaration")), true);
        _click(_get(Button.class, s -> s.withId("apply-submit")));
        Div card = _get(
                Div.class,
                s -> s.withClasses("haat-card")
                        .withId("application-" + applications.mine().getFirst().id()));
        assertThat(card.getElement().getTextRecursively())
                .contains("Poush Mela at Avani")
                .contains("জমা হয়েছে");

        // the officer accepts the first two and rejects the third with a reason
        signInAs(officer);
        navigate("exhibition/" + exhibitionId);
        useLanguage(Translator.ENGLISH);
        @SuppressWarnings("unchecked")
        Grid<Application> grid = _get(Grid.class, s -> s.withId("applications-grid"));
        List<Application> rows = _findAll(grid);
        assertThat(rows).hasSize(61);
        grid.select(rows.get(0));
        grid.select(rows.get(1));
        _click(_get(Button.class, s -> s.withId("applications-accept")));
        grid.deselectAll();
        grid.select(rows.get(0));
        _click(_get(Button.class, s -> s.withId("applications-reject")));
        setAsUser(_get(TextArea.class, s -> s.withId("applications-reason")), "Same products as last month");
        _click(_get(Button.class, s -> s.withId("applications-reject-confirm")));
        assertThat(fx.accounts.as(
                        officer,
                        () -> applications.count(
                                exhibitionId,
                                new ApplicationFilter(ApplicationStatus.ACCEPTED, null, null, null, null))))
                .isEqualTo(1);

        // the phone's group was the newest application, first in the grid: it reads the reason in Bengali
        signInAs(phone.mobile());
        navigate("my-stalls");
        useLanguage(Translator.BENGALI);
        assertThat(_get(Div.class, s -> s.withId("application-" + rows.get(0).id()))
                        .getElement()
                        .getTextRecursively())
                .contains("নামঞ্জুর: Same products as last month");
    }

    @Test
    void anOfficerTypesInAPaperApplication() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        long exhibitionId = fx.exhibition(officer, mall, ExhibitionFixtures.mondayAhead(62), List.of());
        fx.open(officer, exhibitionId);
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "FOOD");
        signInAs(officer);
        navigate("exhibition/" + exhibitionId);
        _click(_get(Button.class, s -> s.withId("applications-paper")));
        @SuppressWarnings("unchecked")
        ComboBox<Group> picker = _get(ComboBox.class, s -> s.withId("paper-group"));
        setAsUser(picker, fx.accounts.as(officer, () -> fx.groups.get(group.id())));
        setAsUser(_get(Checkbox.class, s -> s.withId("paper-declaration")), true);
        _click(_get(Button.class, s -> s.withId("paper-save")));
        @SuppressWarnings("unchecked")
        Grid<Application> grid = _get(Grid.class, s -> s.withId("applications-grid"));
        assertThat(_findAll(grid)).singleElement().satisfies(a -> {
            assertThat(a.groupId()).isEqualTo(group.id());
            assertThat(a.onBehalf()).isTrue();
            assertThat(a.enteredBy()).isEqualTo(officer);
        });
    }

    @Test
    void anotherMunicipalitysOfficerCannotOpenTheVenueOrItsExhibition() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 1);
        long exhibitionId = fx.exhibition(officer, mall, ExhibitionFixtures.mondayAhead(75), List.of());
        signInAs(fx.accounts.officer(Set.of(fx.municipality("Kolkata"))));
        // the service refuses; the router shows its error page instead of the view
        navigate("venue/" + mall);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(VenueView.class);
        navigate("exhibition/" + exhibitionId);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ExhibitionView.class);
        navigate("allocation/" + exhibitionId);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isNotEqualTo("AllocationBoardView");
        navigate("venues");
        @SuppressWarnings("unchecked")
        Grid<Venue> venues = _get(Grid.class, s -> s.withId("venues-grid"));
        assertThat(_findAll(venues)).extracting(Venue::id).doesNotContain(mall);
    }

    @Test
    void aVenuesFloorsReadGroundFloorFirstNeverFloorZero() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 1);
        signInAs(officer);
        useLanguage(Translator.BENGALI);
        navigate("venue/" + mall);
        // a one-floor venue hides the picker (Karibu finds only what shows): found by its id in the view's tree
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> floor =
                (com.vaadin.flow.component.select.Select<Integer>) descendants(_get(VenueView.class))
                        .filter(c -> c.getId().filter("venue-floor"::equals).isPresent())
                        .findFirst()
                        .orElseThrow();
        assertThat(floor.getItemLabelGenerator().apply(0)).isEqualTo("নিচতলা");
        assertThat(floor.getItemLabelGenerator().apply(1)).isEqualTo("১ তলা");
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(root), root.getChildren().flatMap(ExhibitionViewsTest::descendants));
    }
}
