package app.haat.allocation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.TypedField;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Offers on the phone, in Bengali: the group takes or gives up a kiosk; the officer sees every offer and the rule. */
class OfferViewsTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    OfferSteps steps;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    WaitlistOfferService offers;

    @Test
    void aGroupGivesUpAnOfferTheNextTakesItAndTheOfficerSeesBothAndSetsTheRuleInBengaliDigits() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        LocalDate starts = ExhibitionFixtures.mondayAhead(65);
        long exhibition = steps.publishedWithAWaitlist(officer, bally, "Phone offer fair", starts);
        List<Application> waiting = steps.waiting(officer, exhibition);
        long leaving = fx.accounts
                .as(officer, () -> allocation.assignments(exhibition))
                .getFirst()
                .applicationId();
        fx.accounts.as(officer, () -> applications.withdraw(leaving));
        WaitlistOffer first = steps.theOpenOffer(exhibition);

        // the first group's page: the offer on top, in Bengali, with its dates and deadline; giving up stands apart
        signInAs(steps.groupAccount(first.id()));
        navigate("my-stalls");
        useLanguage(Translator.BENGALI);
        String card = text("offer-" + first.id());
        assertThat(card)
                .contains("কিয়স্ক " + first.kioskCode())
                .contains(Formats.bengaliDigits(Formats.date(starts)))
                .contains(Formats.bengaliDigits(Formats.dateTime(first.expiresAt())))
                .doesNotContain(Formats.date(starts, Locale.ENGLISH));
        Button decline = _get(Button.class, s -> s.withId("offer-decline-" + first.id()));
        assertThat(decline.getParent().orElseThrow().getElement().getClassList())
                .contains("haat-danger-zone");
        assertThat(decline.getClassNames()).contains("haat-tap");
        _click(decline);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .contains("পরের গোষ্ঠী")
                .contains("ক্ষতি হবে না");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_find(Div.class, s -> s.withId("offer-" + first.id()))).isEmpty();

        // the next group is asked: its home says so first; it takes the kiosk on My stalls and its letter is there
        WaitlistOffer second = steps.theOpenOffer(exhibition);
        assertThat(second.applicationId()).isEqualTo(waiting.get(1).id());
        signInAs(steps.groupAccount(second.id()));
        navigate("");
        assertThat(_find(Anchor.class).stream()
                        .filter(a -> a.getHref().equals("my-stalls"))
                        .findFirst()
                        .orElseThrow()
                        .getText())
                .contains("কিয়স্ক খালি");
        navigate("my-stalls");
        _click(_get(Button.class, s -> s.withId("offer-accept-" + second.id())));
        assertThat(_find(Div.class, s -> s.withId("offer-" + second.id()))).isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("letter-" + second.applicationId())))
                .isNotNull();
        assertThat(steps.waiting(officer, exhibition))
                .extracting(Application::id)
                .doesNotContain(second.applicationId());
        assertThat(fx
                        .accounts
                        .as(
                                officer,
                                () -> applications.page(exhibition, app.haat.exhibition.ApplicationFilter.ALL, 0, 100))
                        .stream()
                        .filter(a -> a.id() == first.applicationId())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(ApplicationStatus.WAITLISTED);

        // the officer's board: both offers with their outcome, and the rule typed in Bengali digits
        signInAs(officer);
        navigate("allocation/" + exhibition);
        useLanguage(Translator.BENGALI);
        assertThat(text("offer-line-" + first.id())).contains("নেয়নি");
        assertThat(text("offer-line-" + second.id())).contains("নিয়েছে");
        @SuppressWarnings("unchecked")
        TypedField<Integer> hours = _get(TypedField.class, s -> s.withId("offers-reply-hours"));
        @SuppressWarnings("unchecked")
        TypedField<Integer> days = _get(TypedField.class, s -> s.withId("offers-confirm-days"));
        assertThat(hours.getValue()).isEqualTo("২৪");
        setAsUser(hours, "১২");
        setAsUser(days, "৩");
        _click(_get(Button.class, s -> s.withId("offers-save-rule")));
        assertThat(fx.accounts.as(officer, () -> offers.rule(exhibition))).isEqualTo(new OfferRule(12, 3));
        setAsUser(hours, "২০০");
        _click(_get(Button.class, s -> s.withId("offers-save-rule")));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(fx.accounts.as(officer, () -> offers.rule(exhibition))).isEqualTo(new OfferRule(12, 3));
    }

    private String text(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }
}
