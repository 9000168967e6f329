package app.haat.allocation;

import static app.haat.db.Tables.SHG_GROUP;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.group.Group;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The UPI ID on the group's page in Bengali (refusals in words, the card's button disabled with the reason until there
 * is an ID), in the officer's dialog of the group, and the board's print of every kiosk's card.
 */
class StallCardViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Test
    void aGroupGivesItsUpiIdInBengaliAndThenGetsItsCard() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "CRAFT");

        signInAs(group.mobile());
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        TextField upi = _get(TextField.class, s -> s.withId("upi-id"));
        assertThat(upi.getLabel()).isEqualTo("ইউপিআই আইডি (UPI ID)");
        assertThat(upi.getHelperText()).isEqualTo("যেমন: nameless@okaxis (আপনার ইউপিআই অ্যাপে দেখা যায়)");
        assertThat(_get(Button.class, s -> s.withId("stall-card-disabled")).isEnabled())
                .isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("stall-card-reason")).getText())
                .isEqualTo("কিউআর কোড সহ স্টল কার্ড ছাপাতে আগে ওপরে ইউপিআই আইডি দিন।");
        assertThat(_find(Anchor.class, s -> s.withId("stall-card"))).isEmpty();

        setAsUser(upi, "rina das@ybl");
        _click(_get(Button.class, s -> s.withId("upi-save")));
        assertThat(upi.isInvalid()).isTrue();
        assertThat(upi.getErrorMessage()).startsWith("ইউপিআই আইডিতে কোনো ফাঁকা জায়গা থাকে না");
        setAsUser(upi, "rina@das@ybl");
        _click(_get(Button.class, s -> s.withId("upi-save")));
        assertThat(upi.getErrorMessage()).contains("ঠিক একটি @");
        assertThat(upiId(group.id())).isNull();

        setAsUser(upi, "Rina.Das" + group.mobile() + "@YBL");
        _click(_get(Button.class, s -> s.withId("upi-save")));
        assertThat(upi.isInvalid()).isFalse();
        assertThat(upi.getValue()).isEqualTo("rina.das" + group.mobile() + "@ybl");
        assertThat(upiId(group.id())).isEqualTo("rina.das" + group.mobile() + "@ybl");
        Anchor card = _get(Anchor.class, s -> s.withId("stall-card"));
        assertThat(card.getText()).isEqualTo("স্টল কার্ড (PDF)");
        assertThat(card.getHref()).isNotBlank();
        assertThat(_find(Button.class, s -> s.withId("stall-card-disabled"))).isEmpty();
    }

    @Test
    void theOfficerChangesTheIdInTheGroupsDialogAndPrintsTheKiosksCardsFromTheBoard() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        long exhibition = fx.openExhibition(
                officer, mall, "Print fair", ExhibitionFixtures.mondayAhead(130), 5, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        VerifiedGroup first = fx.verifiedGroup(officer, bally, "JUTE");
        VerifiedGroup second = fx.verifiedGroup(officer, bally, "JUTE");
        fx.apply(first, exhibition, slot);
        fx.apply(second, exhibition, slot);

        signInAs(officer);
        navigate("groups");
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        grid.asSingleSelect()
                .setValue(_findAll(grid).stream()
                        .filter(g -> g.id() == first.id())
                        .findFirst()
                        .orElseThrow());
        setAsUser(_get(TextField.class, s -> s.withId("upi-id")), "first" + first.mobile() + "@okaxis");
        _click(_get(Button.class, s -> s.withId("upi-save")));
        assertThat(upiId(first.id())).isEqualTo("first" + first.mobile() + "@okaxis");
        assertThat(_get(Anchor.class, s -> s.withId("stall-card")).getText()).isEqualTo("Stall card (PDF)");

        // nobody holds a kiosk yet: no print on the board
        navigate("allocation/" + exhibition);
        assertThat(_find(Anchor.class, s -> s.withId("stall-cards"))).isEmpty();
        fx.close(officer, exhibition);
        fx.accounts.as(officer, () -> allocation.run(exhibition, null));
        navigate("allocation/" + exhibition);
        useLanguage(Translator.BENGALI);
        assertThat(_get(Anchor.class, s -> s.withId("stall-cards")).getText())
                .isEqualTo("সব কিয়স্কের স্টল কার্ড (PDF)");
        assertThat(_get(Paragraph.class, s -> s.withId("stall-cards-hint")).getText())
                .isEqualTo(
                        "২টি গোষ্ঠী কিয়স্ক পেয়েছে; তার মধ্যে ১টির এখনও ইউপিআই আইডি নেই: তাদের কার্ডে সে কথা লেখা থাকবে।");
    }

    private String upiId(long groupId) {
        return dsl.select(SHG_GROUP.UPI_ID)
                .from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(groupId))
                .fetchSingle(SHG_GROUP.UPI_ID);
    }
}
