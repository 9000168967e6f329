package app.haat.group;

import static app.haat.db.Tables.SHG_GROUP;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Issue 18: a group chooses how it is told (SMS, e-mail) and whether it hears of new exhibitions. */
class ContactChoicesTest extends ViewTest {

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupProfileService profiles;

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    private record Signed(String mobile, long id) {}

    private Signed signUp(long municipality, @Nullable String email) {
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                "Choice Gosthi " + mobile,
                municipality,
                "2",
                10,
                "Tumpa Saha",
                mobile,
                "long-enough",
                email,
                true,
                Set.of("HANDLOOM"),
                "bn"));
        return new Signed(mobile, id);
    }

    private ContactChoices stored(long id) {
        return dsl.select(SHG_GROUP.NOTIFY_SMS, SHG_GROUP.NOTIFY_EMAIL, SHG_GROUP.ANNOUNCEMENTS)
                .from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(id))
                .fetchSingle(r -> new ContactChoices(r.value1(), r.value2(), r.value3()));
    }

    @Test
    void theGroupItselfAndItsOfficerChangeTheChoicesOthersAreRefused() {
        long bally = municipality("Bally");
        Signed group = signUp(bally, "choices" + System.nanoTime() + "@example.org");
        Signed other = signUp(bally, null);
        assertThat(accounts.as(group.mobile(), () -> profiles.contactChoices(group.id())))
                .isEqualTo(new ContactChoices(true, true, true));

        accounts.as(
                group.mobile(),
                () -> profiles.updateContactChoices(group.id(), new ContactChoices(false, true, false)));
        assertThat(stored(group.id())).isEqualTo(new ContactChoices(false, true, false));

        String officer = accounts.officer(Set.of(bally));
        accounts.as(officer, () -> profiles.updateContactChoices(group.id(), new ContactChoices(true, true, true)));
        assertThat(stored(group.id())).isEqualTo(new ContactChoices(true, true, true));

        // another group, an officer of another municipality: refused, nothing changed
        assertThatThrownBy(() -> accounts.as(
                        other.mobile(),
                        () -> profiles.updateContactChoices(group.id(), new ContactChoices(true, false, false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(other.mobile(), () -> profiles.contactChoices(group.id())))
                .isInstanceOf(AccessDeniedException.class);
        String stranger = accounts.officer(Set.of(municipality("Kolkata")));
        assertThatThrownBy(() -> accounts.as(
                        stranger,
                        () -> profiles.updateContactChoices(group.id(), new ContactChoices(true, false, false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(group.id())).isEqualTo(new ContactChoices(true, true, true));

        // e-mail without an address is refused
        assertThatThrownBy(() -> accounts.as(
                        other.mobile(),
                        () -> profiles.updateContactChoices(other.id(), new ContactChoices(false, true, true))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("group.error.notifyEmailWithoutAddress"));
        assertThat(stored(other.id())).isEqualTo(new ContactChoices(true, true, true));
    }

    @Test
    void aGroupTurnsOffAnnouncementsAndEmailOnItsPage() {
        Signed group = signUp(municipality("Bally"), "page" + System.nanoTime() + "@example.org");
        signInAs(group.mobile());
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        Checkbox announcements = _get(Checkbox.class, s -> s.withId("messages-announcements"));
        Checkbox email = _get(Checkbox.class, s -> s.withId("messages-email"));
        assertThat(announcements.getLabel()).isEqualTo("নতুন প্রদর্শনীর খবর এসএমএস / ই-মেলে জানান");
        assertThat(announcements.getValue()).isTrue();
        assertThat(email.isEnabled()).isTrue();
        setAsUser(announcements, false);
        setAsUser(email, false);
        _click(_get(Button.class, s -> s.withId("messages-save")));
        assertThat(stored(group.id())).isEqualTo(new ContactChoices(true, false, false));

        // the page shows what was saved
        navigate("my-group");
        assertThat(_get(Checkbox.class, s -> s.withId("messages-announcements")).getValue())
                .isFalse();
        assertThat(_get(Checkbox.class, s -> s.withId("messages-email")).getValue())
                .isFalse();
        assertThat(_get(Checkbox.class, s -> s.withId("messages-sms")).getValue())
                .isTrue();
    }

    @Test
    void withoutAnAddressEmailCannotBeChosenAndTheHelpSaysSmsIsUsedAnyway() {
        Signed group = signUp(municipality("Bally"), null);
        signInAs(group.mobile());
        navigate("my-group");
        useLanguage(Translator.ENGLISH);
        Checkbox email = _get(Checkbox.class, s -> s.withId("messages-email"));
        assertThat(email.isEnabled()).isFalse();
        assertThat(email.getValue()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("messages-help")).getText())
                .contains("only when your group has given an e-mail address")
                .contains("still come by SMS");
        setAsUser(_get(Checkbox.class, s -> s.withId("messages-sms")), false);
        _click(_get(Button.class, s -> s.withId("messages-save")));
        // both off: stored as chosen; the outbox still sends by SMS (GroupContact)
        assertThat(stored(group.id())).isEqualTo(new ContactChoices(false, false, true));
    }
}
