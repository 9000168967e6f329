package app.haat.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.support.TestAccounts;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff see their own account in Bengali and choose their channels; a refusal is shown, nothing changes. */
class MyAccountViewTest extends ViewTest {

    @Autowired
    UserService users;

    @Autowired
    MyAccountService accounts;

    @Test
    void aStaffMemberTurnsEmailOffAndCannotTurnBothOff() {
        String username = unique("staff-reach");
        SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                username,
                TestAccounts.PASSWORD,
                "Mita Roy",
                "mita@example.org",
                Role.CENTRE_STAFF,
                Set.of(),
                "bn",
                "৯৮৩০০১২৩৪৫",
                null,
                null,
                null)));
        signInAs(username);
        navigate("my-account");
        useLanguage(Translator.BENGALI);
        Checkbox sms = _get(Checkbox.class, s -> s.withId("account-sms"));
        Checkbox email = _get(Checkbox.class, s -> s.withId("account-email"));
        assertThat(sms.getValue()).isTrue(); // a mobile was given: SMS by default
        assertThat(email.getValue()).isTrue();

        email.setValue(false);
        _click(_get(Button.class, s -> s.withId("account-save")));
        assertThat(accounts.mine().byEmail()).isFalse();
        assertThat(accounts.mine().bySms()).isTrue();
        assertThat(accounts.mine().mobile()).isEqualTo("9830012345");

        sms.setValue(false);
        _click(_get(Button.class, s -> s.withId("account-save")));
        assertThat(accounts.mine().bySms()).isTrue(); // refused: at least one channel
    }

    @Test
    void anAccountWithNeitherAddressIsToldWhyNothingCanBeChosen() {
        String username = unique("staff-none");
        SystemAuthority.runAsAdmin(() -> users.create(
                new UserForm(username, TestAccounts.PASSWORD, "No Reach", null, Role.CENTRE_STAFF, Set.of(), "en")));
        signInAs(username);
        navigate("my-account");
        assertThat(_get(Checkbox.class, s -> s.withId("account-sms")).isEnabled())
                .isFalse();
        assertThat(_get(Checkbox.class, s -> s.withId("account-email")).isEnabled())
                .isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("account-channels-help")).getText())
                .contains("neither a mobile number nor an e-mail address");
        assertThat(_get(Button.class, s -> s.withId("account-save")).isEnabled())
                .isFalse();
    }
}
