package app.haat.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.support.MailContent;
import app.haat.support.MailTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** "Forgot password" end to end through a real SMTP server (GreenMail) and the real views. */
class PasswordResetTest extends MailTest {

    private static final Pattern LINK = Pattern.compile("http://haat\\.test/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    UserService users;

    @Autowired
    LockingAuthenticationProvider provider;

    private String userWithEmail(String language) {
        String username = unique("mailer");
        SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                username,
                "old-password",
                "Mita Roy",
                username + "@example.org",
                Role.CENTRE_STAFF,
                Set.of(),
                language)));
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
        String answerForKnown =
                _get(Paragraph.class, s -> s.withId("reset-answer")).getText();

        String to = username + "@example.org";
        await().atMost(Duration.ofSeconds(10)).until(() -> receivedBy(to).size() == 1);
        MimeMessage received = receivedBy(to).get(0);
        assertThat(received.getSubject()).isEqualTo("হাট: নতুন পাসওয়ার্ড বাছুন");
        String body = MailContent.text(received);
        assertThat(body).contains("Mita Roy");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();

        navigate("reset-password?token=" + link.group(1));
        setAsUser(_get(PasswordField.class, s -> s.withId("reset-new-password")), "brand-new-pass");
        setAsUser(_get(PasswordField.class, s -> s.withId("reset-repeat")), "brand-new-pass");
        _click(_get(Button.class, s -> s.withId("reset-save")));
        _get(Paragraph.class, s -> s.withId("reset-done"));
        assertThat(provider.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(username, "brand-new-pass"))
                        .isAuthenticated())
                .isTrue();

        navigate("reset-password?token=" + link.group(1));
        _get(Paragraph.class, s -> s.withId("reset-invalid"));

        // the same answer for an account that does not exist, and no mail
        requestFor("no-such-user-" + username);
        assertThat(_get(Paragraph.class, s -> s.withId("reset-answer")).getText())
                .isEqualTo(answerForKnown);
        Thread.sleep(1500); // two dispatcher polls
        assertThat(smtp.getReceivedMessages()).noneMatch(m -> MailContent.to(m).startsWith("no-such-user"));
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void forgedOrMissingTokensAreRefused() {
        navigate("reset-password?token=forged-token");
        _get(Paragraph.class, s -> s.withId("reset-invalid"));
        navigate("reset-password");
        _get(Paragraph.class, s -> s.withId("reset-invalid"));
    }
}
