package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.core.security.SystemAuthority;
import app.haat.db.tables.records.MailOutboxRecord;
import app.haat.region.RegionService;
import app.haat.support.MailContent;
import app.haat.support.MailTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Real messages through the outbox, the dispatcher and a real SMTP server (GreenMail). */
class MailDeliveryTest extends MailTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    @Autowired
    RegionService regions;

    private long enqueue(MessageType type, String to, String language, Map<String, Object> model) {
        return transaction.execute(status -> outbox.enqueue(type, to, language, model));
    }

    private MailOutboxRecord row(long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchOne();
    }

    @Test
    void anAssignmentArrivesOnceAsHtmlWithTextAlternativeCalendarAndLetter() throws Exception {
        String to = unique("assigned") + "@example.org";
        long id = enqueue(MessageType.ASSIGNMENT, to, "bn", MessageSamples.of(MessageType.ASSIGNMENT, "bn"));

        await().atMost(Duration.ofSeconds(15)).until(() -> row(id).getStatus() == OutboxStatus.SENT);
        List<MimeMessage> received = receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getMessageID()).isEqualTo(row(id).getMessageId());
        assertThat(message.getSubject()).isEqualTo("হাট: প্রদর্শনীতে আপনার স্টল");
        assertThat(MailContent.html(message))
                .contains("মা সারদা স্বনির্ভর গোষ্ঠী")
                .contains("K-03");
        assertThat(MailContent.text(message))
                .contains("মা সারদা স্বনির্ভর গোষ্ঠী")
                .contains("K-03")
                .doesNotContain("<");
        assertThat(MailContent.attachmentNames(message))
                .containsExactlyInAnyOrder("haat.ics", "allotment-HAAT-2026-000123.pdf");
        assertThat(new String(MailContent.attachment(message, ".ics")))
                .contains("BEGIN:VEVENT")
                .contains("DTSTART;VALUE=DATE:20261201");
        assertThat(MailContent.attachment(message, ".pdf")).startsWith("%PDF".getBytes());
        assertThat(row(id).getSubject()).isEqualTo("হাট: প্রদর্শনীতে আপনার স্টল");
    }

    @Test
    void aBadAddressFailsOnlyThatMessageWithTheReason() {
        String good = unique("good") + "@example.org";
        long bad = enqueue(
                MessageType.GROUP_VERIFIED,
                "not an address@@example",
                "en",
                MessageSamples.of(MessageType.GROUP_VERIFIED, "en"));
        long ok = enqueue(MessageType.GROUP_VERIFIED, good, "en", MessageSamples.of(MessageType.GROUP_VERIFIED, "en"));

        await().atMost(Duration.ofSeconds(15)).until(() -> row(ok).getStatus() == OutboxStatus.SENT);
        assertThat(row(bad).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row(bad).getLastError()).contains("Invalid recipient address");
        assertThat(receivedBy(good)).hasSize(1);
    }

    @Test
    void aTemplateThatCannotRenderFailsTheMessageButNotTheChangeThatCausedIt() {
        String zoneName = unique("Mail zone ");
        Map<String, Object> broken = new HashMap<>(MessageSamples.of(MessageType.REMINDER, "en"));
        broken.put("eventStart", "31st December"); // not a date: the calendar attachment cannot be built
        long id = transaction.execute(status -> {
            SystemAuthority.runAsAdmin(() -> regions.createZone(zoneName, "জোন"));
            return outbox.enqueue(MessageType.REMINDER, unique("r") + "@example.org", "en", broken);
        });
        await().atMost(Duration.ofSeconds(15)).until(() -> row(id).getStatus() == OutboxStatus.FAILED);
        assertThat(row(id).getLastError()).contains("failed to render").contains("31st December");
        assertThat(regions.zones()).anyMatch(z -> z.nameEn().equals(zoneName));
    }

    @Test
    void duringAnOutageMessagesWaitAndThenArriveExactlyOnce() {
        smtp.stop();
        List<String> recipients = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String to = unique("outage") + "@example.org";
            recipients.add(to);
            ids.add(enqueue(
                    MessageType.APPLICATION_STATUS,
                    to,
                    i % 2 == 0 ? "bn" : "en",
                    MessageSamples.of(MessageType.APPLICATION_STATUS, "en")));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ids.stream()
                        .map(this::row)
                        .allMatch(r ->
                                r.getLastError() != null && r.getLastError().contains("unreachable")));
        // waiting, never given up: queued, or in a retry at this very moment
        assertThat(ids.stream().map(this::row))
                .allMatch(r -> r.getStatus() == OutboxStatus.QUEUED || r.getStatus() == OutboxStatus.SENDING);

        smtp = startGreenMail();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids.stream().map(this::row).allMatch(r -> r.getStatus() == OutboxStatus.SENT));
        Map<String, Long> perRecipient = recipients.stream()
                .collect(Collectors.toMap(to -> to, to -> (long) receivedBy(to).size()));
        assertThat(perRecipient.values()).containsOnly(1L);
    }

    @Test
    void aMessageLeftInSendingByACrashIsSentAfterwardsWithItsMessageId() {
        String to = unique("crash") + "@example.org";
        smtp.stop(); // keep the dispatcher from sending it before the "crash" is staged
        long id = enqueue(MessageType.GROUP_VERIFIED, to, "en", MessageSamples.of(MessageType.GROUP_VERIFIED, "en"));
        // as if a dispatcher (of a version before claims expired) claimed it an hour ago and died before marking it;
        // whatever the live dispatcher then records of its own failed try no longer applies (its claim is not this)
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.SENDING)
                .set(MAIL_OUTBOX.CLAIMED_AT, OffsetDateTime.now().minusHours(1))
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIM_EXPIRES_AT)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.now())
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
        smtp = startGreenMail();
        await().atMost(Duration.ofSeconds(20)).until(() -> row(id).getStatus() == OutboxStatus.SENT);
        assertThat(receivedBy(to))
                .hasSize(1)
                .allSatisfy(m -> assertThat(m.getMessageID()).isEqualTo(row(id).getMessageId()));
    }

    @Test
    void aServerThatAcceptsAndThenHangsDoesNotStallTheDispatcher() throws Exception {
        smtp.stop();
        String to = unique("hang") + "@example.org";
        try (ServerSocket hanging = new ServerSocket(SMTP_PORT, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!hanging.isClosed()) {
                        accepted.add(hanging.accept()); // never says hello
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.start();
            long id =
                    enqueue(MessageType.GROUP_VERIFIED, to, "en", MessageSamples.of(MessageType.GROUP_VERIFIED, "en"));
            await().atMost(Duration.ofSeconds(10)).until(() -> row(id).getLastError() != null);
            assertThat(row(id).getStatus()).isIn(OutboxStatus.QUEUED, OutboxStatus.SENDING);
            assertThat(row(id).getLastError()).contains("unreachable").matches("(?is).*(timeout|timed out).*");
            hanging.close();
            acceptor.join(5000);
            for (Socket socket : accepted) {
                socket.close();
            }
        }
        smtp = startGreenMail();
        await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(to).size() == 1);
    }
}
