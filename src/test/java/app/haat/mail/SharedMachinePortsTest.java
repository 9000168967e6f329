package app.haat.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.support.FreePorts;
import app.haat.support.MailTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo (./mvnw spring-boot:run) and the tests on one machine: the demo's SMTP server holds 3025, so this test holds
 * it too (unless something already does) and the mail tests must still deliver, and a second demo's embedded server
 * must take another port.
 */
class SharedMachinePortsTest extends MailTest {

    /**
     * Fixed on purpose: the port the demo's embedded server prefers (haat.mail.embedded-port's default), the one thing
     * this test is about. It holds it only if free and is fine when a real demo holds it, so it runs beside one.
     */
    private static final int DEMO_SMTP_PORT = 3025;
    /** Stands in for the running demo's SMTP server; null when something else holds 3025 already. */
    private static ServerSocket demo;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    static void holdTheDemoPort() throws IOException {
        if (FreePorts.isFree(DEMO_SMTP_PORT)) {
            demo = new ServerSocket(DEMO_SMTP_PORT, 50, InetAddress.getLoopbackAddress());
        }
    }

    @AfterAll
    static void releaseTheDemoPort() throws IOException {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void mailTestsDeliverWhileTheDemoHoldsItsPort() {
        assertThat(FreePorts.isFree(DEMO_SMTP_PORT)).isFalse();
        assertThat(SMTP_PORT).isNotEqualTo(DEMO_SMTP_PORT);
        String to = unique("beside-demo") + "@example.org";
        transaction.executeWithoutResult(status -> outbox.enqueue(
                MessageType.GROUP_VERIFIED, to, "en", MessageSamples.of(MessageType.GROUP_VERIFIED, "en")));
        await().atMost(Duration.ofSeconds(15)).until(() -> receivedBy(to).size() == 1);
    }

    @Test
    void theDemosEmbeddedServerTakesAFreePortWhenItsOwnIsTaken() throws Exception {
        EmbeddedMailServer configuration = new EmbeddedMailServer();
        EmbeddedMailServer.Server server = configuration.embeddedSmtpServer(DEMO_SMTP_PORT);
        try {
            assertThat(server.port()).isNotEqualTo(DEMO_SMTP_PORT);
            assertThat(server.address()).isEqualTo("127.0.0.1:" + server.port());
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom("haat@localhost");
            message.setTo("second-demo@example.org");
            message.setSubject("on another port");
            message.setText("delivered");
            configuration.mailSender(server).send(message);
            await().atMost(Duration.ofSeconds(10)).until(() -> server.received().size() == 1);
            assertThat(server.received().get(0).getSubject()).isEqualTo("on another port");
        } finally {
            server.stop();
        }
    }
}
