package app.haat.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.region.RegionService;
import app.haat.support.MailContent;
import app.haat.support.MailTest;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A group that gives an e-mail address gets a confirmation link through the outbox. */
class SignUpMailTest extends MailTest {

    private static final Pattern LINK = Pattern.compile("http://haat\\.test/verify-email\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    RegionService regions;

    @Test
    void theMailedLinkConfirmsTheAddressOnce() {
        long bally = municipalityNamed("Bally");
        String mobile = GroupRegistryTest.newMobile();
        String email = "group" + mobile + "@example.org";
        long id = registrations.register(new SignUpForm(
                "Mail Gosthi " + mobile,
                bally,
                "2",
                10,
                "রুমা দাস",
                mobile,
                "long-enough",
                email,
                true,
                Set.of(),
                "bn"));

        await().atMost(Duration.ofSeconds(15)).until(() -> receivedBy(email).size() == 1);
        var message = receivedBy(email).get(0);
        String html = MailContent.html(message);
        assertThat(html).contains("রুমা দাস").contains("Mail Gosthi " + mobile);
        Matcher link = LINK.matcher(MailContent.text(message));
        assertThat(link.find()).isTrue();

        navigate("verify-email?token=" + link.group(1));
        assertThat(_get(Paragraph.class, s -> s.withId("email-result")).getText())
                .isEqualTo("Thank you: your group's e-mail address is confirmed.");
        assertThat(accounts.as(mobile, () -> registrations.emailConfirmed(id))).isTrue();
        navigate("verify-email?token=" + link.group(1) + "x");
        assertThat(_get(Paragraph.class, s -> s.withId("email-result")).getText())
                .startsWith("This link does not work");
    }
}
