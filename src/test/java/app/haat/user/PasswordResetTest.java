package app.haat.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.support.MailContent;
import app.haat.support.MailTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * "Forgot password" end to end through a real SMTP server (GreenMail) and the real pages' controller (the pages over
 * HTTP, with their CSRF tokens: PublicPagesTest).
 */
class PasswordResetTest extends MailTest {

    private static final Pattern LINK = Pattern.compile("http://haat\\.test/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    UserService users;

    @Autowired
    LockingAuthenticationProvider provider;

    @Autowired
    PasswordPagesController pages;

    private static String html(ResponseEntity<String> page) {
        return java.util.Objects.requireNonNull(page.getBody());
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest();
    }

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

    /** Posts the form, follows the answer's redirect, and returns the page it shows. */
    private String requestFor(String login) {
        ResponseEntity<String> posted = pages.requestLink(login);
        assertThat(posted.getStatusCode().value()).isEqualTo(303);
        assertThat(posted.getHeaders().getLocation()).hasToString("/forgot-password?sent");
        return html(pages.forgot(request(), new MockHttpServletResponse(), "bn", ""));
    }

    @Test
    void aMailedLinkSetsANewPasswordOnce() throws Exception {
        String username = userWithEmail("bn");
        String answerForKnown = requestFor(username);
        assertThat(answerForKnown).contains("id=\"reset-answer\"", "লিঙ্কটি এক ঘণ্টা কাজ করবে");

        String to = username + "@example.org";
        await().atMost(Duration.ofSeconds(10)).until(() -> receivedBy(to).size() == 1);
        MimeMessage received = receivedBy(to).get(0);
        assertThat(received.getSubject()).isEqualTo("হাট: নতুন পাসওয়ার্ড বাছুন");
        String body = MailContent.text(received);
        assertThat(body).contains("Mita Roy");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();

        assertThat(html(pages.choose(request(), new MockHttpServletResponse(), "bn", link.group(1))))
                .contains("id=\"reset-password-form\"", "name=\"token\" value=\"" + link.group(1) + "\"");
        assertThat(html(pages.reset(
                        request(),
                        new MockHttpServletResponse(),
                        "bn",
                        link.group(1),
                        "brand-new-pass",
                        "brand-new-pass")))
                .contains("id=\"reset-done\"");
        assertThat(provider.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(username, "brand-new-pass"))
                        .isAuthenticated())
                .isTrue();

        assertThat(html(pages.choose(request(), new MockHttpServletResponse(), "bn", link.group(1))))
                .contains("id=\"reset-invalid\"")
                .doesNotContain("id=\"reset-password-form\"");

        // the same answer for an account that does not exist, and no mail
        assertThat(requestFor("no-such-user-" + username)).isEqualTo(answerForKnown);
        Thread.sleep(1500); // two dispatcher polls
        assertThat(smtp.getReceivedMessages()).noneMatch(m -> MailContent.to(m).startsWith("no-such-user"));
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void forgedOrMissingTokensAreRefused() {
        assertThat(html(pages.choose(request(), new MockHttpServletResponse(), "en", "forged-token")))
                .contains("id=\"reset-invalid\"");
        assertThat(html(pages.choose(request(), new MockHttpServletResponse(), "en", null)))
                .contains("id=\"reset-invalid\"");
        assertThat(html(pages.reset(
                        request(),
                        new MockHttpServletResponse(),
                        "en",
                        "forged-token",
                        "long-enough-1",
                        "long-enough-1")))
                .contains("id=\"reset-invalid\"");
    }
}
