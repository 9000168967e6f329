package app.haat.support;

import app.haat.sms.EmbeddedSmsc;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Tests that send real mail: the app's SMTP settings point at 127.0.0.1 and a free port chosen once per JVM (not
 * 3025, which the demo's own SMTP server holds while it runs), where each test runs a GreenMail server it can stop
 * and start (an outage) or replace. All such tests share this one configuration, so only one Spring context
 * dispatches mail.
 */
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.connectiontimeout=1000",
            "spring.mail.properties.mail.smtp.timeout=1000",
            "spring.mail.properties.mail.smtp.writetimeout=1000",
            "haat.base-url=http://haat.test",
            "haat.smpp.host=127.0.0.1",
            "haat.smpp.system-id=haat-test",
            "haat.smpp.password=secret",
            "haat.sms.response-timeout=PT2S",
            "haat.sms.retry-base=PT0.2S",
            "haat.sms.retry-max=PT1S",
            "haat.sms.poll-interval=PT0.3S",
            // contexts are cached and paused, not closed: a paused one's bind lease must lapse soon (one account)
            "haat.sms.bind-lease=PT1S",
            "haat.sms.quiet-hours=",
            "haat.sms.sample-template-ids=true",
            "haat.dlt.entity-id=1101234567890123456"
        })
public abstract class MailTest extends ViewTest {

    /** One port for the whole JVM: the port is part of the context's configuration, and contexts are cached. */
    public static final int SMTP_PORT = FreePorts.any();
    /** The SMSC's port, likewise; a real SMPP server ({@link EmbeddedSmsc}) listens there during each test. */
    public static final int SMSC_PORT = FreePorts.any();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("haat.smpp.port", () -> SMSC_PORT);
    }

    protected GreenMail smtp;
    protected EmbeddedSmsc smsc;

    @BeforeEach
    void startSmtp() throws IOException {
        smtp = startGreenMail();
        smsc = EmbeddedSmsc.start(SMSC_PORT, "haat-test", "secret");
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    /** The SMS the SMSC received for one mobile number (other tests' messages may arrive too). */
    protected List<EmbeddedSmsc.ReceivedSms> smsTo(String mobile) {
        return smsc.received().stream()
                .filter(sms -> sms.destination().equals("91" + mobile))
                .toList();
    }

    /** The one-time code at the start of its SMS. */
    protected static final java.util.regex.Pattern CODE_IN_SMS = java.util.regex.Pattern.compile("^([0-9]{6}) ");

    /** The one-time code in the n-th SMS the SMSC received for this number (waits for it). */
    protected String codeSentTo(String mobile, int n) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> smsTo(mobile).size() >= n);
        EmbeddedSmsc.ReceivedSms sms = smsTo(mobile).get(n - 1);
        java.util.regex.Matcher code = CODE_IN_SMS.matcher(sms.text());
        org.assertj.core.api.Assertions.assertThat(code.find()).as(sms.text()).isTrue();
        return code.group(1);
    }

    /** Another code than this one, of the same form. */
    protected static String wrongCode(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    protected static GreenMail startGreenMail() {
        ServerSetup setup = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(15_000); // a busy 2-core CI machine can take longer than the default 2 s
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }

    /** What the server received for one recipient (other tests' messages may arrive too). */
    protected List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(recipient);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
