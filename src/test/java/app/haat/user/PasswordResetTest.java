package app.haat.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.support.ViewTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.TestPropertySource;

/** "Forgot password" end to end through a real SMTP server (GreenMail) and the real views. */
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "haat.base-url=http://haat.test"})
class PasswordResetTest extends ViewTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern LINK = Pattern.compile("http://haat\\.test/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    UserService users;
    @Autowired
    LockingAuthenticationProvider provider;

    private String userWithEmail(String language) {
        String username = unique("mailer");
        SystemAuthority.runAsAdmin(() -> users.create(new UserForm(username, "old-password", "Mita Roy",
                username + "@example.org", Role.CENTRE_STAFF, Set.of(), language)));
        return username;
    }

    private void requestFor(String login) {
        navigate("forgot-password");
        setAsUser(_get(TextField.class, s -> s.withId("reset-login")), login);
        _click(_get(Button.class, s -> s.withId("reset-send")));
    }

    @Test
    void aMailedLinkSetsANewPasswordOnce() throws Exception {
        String username = userWithEmail("bn");
        requestFor(username);
        String answerForKnown = _get(Paragraph.class, s -> s.withId("reset-answer")).getText();

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(username + "@example.org");
        assertThat(received[0].getSubject()).isEqualTo("হাট: নতুন পাসওয়ার্ড বাছুন");
        String body = (String) received[0].getContent();
        assertThat(body).contains("Mita Roy");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();

        navigate("reset-password?token=" + link.group(1));
        setAsUser(_get(PasswordField.class, s -> s.withId("reset-new-password")), "brand-new-pass");
        setAsUser(_get(PasswordField.class, s -> s.withId("reset-repeat")), "brand-new-pass");
        _click(_get(Button.class, s -> s.withId("reset-save")));
        _get(Paragraph.class, s -> s.withId("reset-done"));
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                "brand-new-pass")).isAuthenticated()).isTrue();

        navigate("reset-password?token=" + link.group(1));
        _get(Paragraph.class, s -> s.withId("reset-invalid"));

        // the same answer for an account that does not exist, and no mail
        requestFor("no-such-user-" + username);
        assertThat(_get(Paragraph.class, s -> s.withId("reset-answer")).getText()).isEqualTo(answerForKnown);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void forgedOrMissingTokensAreRefused() {
        navigate("reset-password?token=forged-token");
        _get(Paragraph.class, s -> s.withId("reset-invalid"));
        navigate("reset-password");
        _get(Paragraph.class, s -> s.withId("reset-invalid"));
    }
}
