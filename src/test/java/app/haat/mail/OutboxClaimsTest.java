package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.core.cluster.NodeIdentity;
import app.haat.db.tables.records.MailOutboxRecord;
import app.haat.support.MailTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes dispatch one outbox (#24): each claims its batch (FOR UPDATE SKIP LOCKED, the claim committed with
 * the node's name and an expiry) before sending, so every message reaches the real SMTP server once; a claim whose
 * node was killed expires and another node sends the message, marked possibly duplicated.
 */
class OutboxClaimsTest extends MailTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    SmsOutboxRepository sms;

    @Autowired
    MailRenderer renderer;

    @Autowired
    SmtpSetup.Smtp smtpSetup;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    @Value("${haat.mail.from}")
    String from;

    /** Another portal node's mail dispatcher on the same database, with small batches. */
    private MailDispatcher node(String name) {
        return new MailDispatcher(
                repository,
                renderer,
                smtpSetup,
                json,
                clock,
                from,
                5,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                8,
                NodeIdentity.of(name),
                Duration.ofMinutes(5));
    }

    private long queue(String recipient) {
        return transaction.execute(status -> outbox.enqueue(
                MessageType.GROUP_VERIFIED, recipient, "en", MessageSamples.of(MessageType.GROUP_VERIFIED, "en")));
    }

    private MailOutboxRecord row(long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchOne();
    }

    @Test
    void twoNodesDispatchingOneQueueSendEachMessageOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            recipients.add("claims-" + run + "-" + i + "@haat.test");
            ids.add(queue(recipients.getLast()));
        }
        MailDispatcher b = node("node-b-" + run);
        MailDispatcher c = node("node-c-" + run);
        try {
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> byB = CompletableFuture.supplyAsync(() -> drainAfter(go, b));
            CompletableFuture<Integer> byC = CompletableFuture.supplyAsync(() -> drainAfter(go, c));
            go.countDown(); // the portal's own dispatcher (a third node) may take some too
            byB.get();
            byC.get();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> ids.stream().allMatch(id -> row(id).getStatus() == OutboxStatus.SENT));
        } finally {
            b.stop();
            c.stop();
        }
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .map(OutboxClaimsTest::recipient)
                .filter(r -> r.startsWith("claims-" + run))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(received.values()).as("each message sent once").containsOnly(1L);
        assertThat(ids.stream().map(id -> row(id).getClaimedBy()).distinct())
                .as("the nodes that claimed them")
                .isNotEmpty()
                .doesNotContainNull();
        assertThat(ids.stream().map(id -> row(id).getPossiblyDuplicate())).containsOnly(false);
    }

    private static int drainAfter(CountDownLatch go, MailDispatcher node) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return node.drain();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Test
    void aClaimOfAKilledNodeIsTakenOverOnceItExpiredAndOnlyTheMessageInFlightIsMarkedPossiblyDuplicated() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String inFlight = "killed-" + run + "@haat.test";
        String notYetSent = "waiting-" + run + "@haat.test";
        String busy = "busy-" + run + "@haat.test";
        OffsetDateTime now = OffsetDateTime.now(clock);
        // as a node killed in the middle of its batch leaves them: claimed, the claim expired, one being handed over
        // (claimed as live first, then expired in one statement: the portal's own dispatcher may release an expired
        // claim at any moment)
        long inFlightId = queueClaimed(inFlight, "killed-node-" + run, now.minusMinutes(6), now.plusMinutes(5));
        long notYetSentId = queueClaimed(notYetSent, "killed-node-" + run, now.minusMinutes(6), now.plusMinutes(5));
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.HANDED_OVER_AT, now.minusMinutes(2))
                .set(MAIL_OUTBOX.CLAIM_EXPIRES_AT, now.minusMinutes(1))
                .where(MAIL_OUTBOX.ID.eq(inFlightId))
                .execute();
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CLAIM_EXPIRES_AT, now.minusMinutes(1))
                .where(MAIL_OUTBOX.ID.eq(notYetSentId))
                .execute();
        // a live node's claim, still running: not another node's to send
        long busyId = queueClaimed(busy, "busy-node-" + run, now, now.plusMinutes(5));

        MailDispatcher b = node("node-b-" + run);
        try {
            b.drain();
        } finally {
            b.stop();
        }
        // node b, or the portal's own dispatcher (another live node) if it came first
        await().atMost(Duration.ofSeconds(10))
                .until(() -> row(inFlightId).getStatus() == OutboxStatus.SENT
                        && row(notYetSentId).getStatus() == OutboxStatus.SENT);
        assertThat(row(inFlightId).getClaimedBy()).isNotEqualTo("killed-node-" + run);
        assertThat(row(inFlightId).getPossiblyDuplicate()).isTrue();
        assertThat(row(notYetSentId).getPossiblyDuplicate())
                .as("never handed to the server by the killed node: it cannot go twice")
                .isFalse();
        assertThat(receivedBy(inFlight)).hasSize(1);
        assertThat(receivedBy(notYetSent)).hasSize(1);
        assertThat(row(busyId).getStatus()).isEqualTo(OutboxStatus.SENDING);
        assertThat(row(busyId).getClaimedBy()).isEqualTo("busy-node-" + run);
        assertThat(receivedBy(busy)).isEmpty();
    }

    @Test
    void aSlowNodeWhoseClaimWasTakenOverRecordsNothingAndTheClaimThatTookItOverSettlesIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        // node "slow" claimed it; its claim expired while it stalled, and node "fast" claimed it again
        long id = queueClaimed("slow-" + run + "@haat.test", "slow-" + run, now.minusMinutes(2), now.plusMinutes(5));
        MailOutboxRecord slowClaim = row(id);
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CLAIMED_BY, "fast-" + run)
                .set(MAIL_OUTBOX.CLAIMED_AT, now)
                .set(MAIL_OUTBOX.CLAIM_EXPIRES_AT, now.plusMinutes(5))
                .set(MAIL_OUTBOX.POSSIBLY_DUPLICATE, true)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
        MailOutboxRecord fastClaim = row(id);

        // the slow node wakes up: whatever it records of its old claim changes nothing
        repository.retryLater(slowClaim, now.plusMinutes(1), "SMTP connection lost", true);
        repository.markFailed(slowClaim, null, "refused");
        repository.markSent(slowClaim, "slow subject", now);
        assertThat(row(id).getStatus()).isEqualTo(OutboxStatus.SENDING);
        assertThat(row(id).getClaimedBy()).isEqualTo("fast-" + run);
        assertThat(row(id).getSubject()).isNull();

        repository.markSent(fastClaim, "fast subject", now);
        assertThat(row(id).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(row(id).getSubject()).isEqualTo("fast subject");
        // and nothing of the stale claim can turn it back into a queued message (the loop that resent it for ever)
        repository.retryLater(slowClaim, now.plusMinutes(1), "late failure", false);
        assertThat(row(id).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void anSmsSentAgainUnderANewClaimIsMarkedOnceWithTheNewClaimsPartIds() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        long id = queueClaimed("sms-" + run + "@haat.test", "slow-" + run, now.minusMinutes(2), now.plusMinutes(5));
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CHANNEL, Channel.SMS)
                .set(MAIL_OUTBOX.RECIPIENT, "9830000000")
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
        MailOutboxRecord slowClaim = row(id);
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CLAIMED_BY, "fast-" + run)
                .set(MAIL_OUTBOX.CLAIMED_AT, now)
                .set(MAIL_OUTBOX.CLAIM_EXPIRES_AT, now.plusMinutes(5))
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
        MailOutboxRecord fastClaim = row(id);

        assertThat(sms.markSent(fastClaim, List.of("fast-" + run), "text", 1, now))
                .isTrue();
        // the slow node's answer from the SMSC comes after: not recorded, no second part row (no duplicate key)
        assertThat(sms.markSent(slowClaim, List.of("slow-" + run), "text", 1, now))
                .isFalse();
        assertThat(dsl.fetch("select smsc_message_id from sms_part where outbox_id = ?", id)
                        .getValues(0, String.class))
                .containsExactly("fast-" + run);
        assertThat(row(id).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void aMessageBeingHandedOverWhenTheConnectionBrokeGoesAgainMarkedTheRestUnmarked() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        long taking = queueClaimed("taking-" + run + "@haat.test", "node-" + run, now, now.plusMinutes(5));
        long waiting = queueClaimed("waiting-" + run + "@haat.test", "node-" + run, now, now.plusMinutes(5));
        assertThat(repository.markHandedOver(row(taking), now)).isTrue();

        repository.retryLater(row(taking), now.plusMinutes(1), "SMTP connection lost", true);
        repository.retryLater(row(waiting), now.plusMinutes(1), "SMTP connection lost", false);

        assertThat(row(taking).getStatus()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(row(taking).getPossiblyDuplicate())
                .as("the server may have taken it")
                .isTrue();
        assertThat(row(taking).getHandedOverAt()).isNull();
        assertThat(row(waiting).getPossiblyDuplicate()).isFalse();
        // a claim taken over meanwhile: this node may not hand the message over any more
        assertThat(repository.markHandedOver(row(taking), now)).isFalse();
    }

    /** Queues an e-mail already claimed by a node, in one transaction (no other dispatcher sees it unclaimed). */
    private long queueClaimed(String recipient, String node, OffsetDateTime at, OffsetDateTime expires) {
        return transaction.execute(status -> {
            long id = outbox.enqueue(
                    MessageType.GROUP_VERIFIED, recipient, "en", MessageSamples.of(MessageType.GROUP_VERIFIED, "en"));
            dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.STATUS, OutboxStatus.SENDING)
                    .set(MAIL_OUTBOX.CLAIMED_AT, at)
                    .set(MAIL_OUTBOX.CLAIMED_BY, node)
                    .set(MAIL_OUTBOX.CLAIM_EXPIRES_AT, expires)
                    .where(MAIL_OUTBOX.ID.eq(id))
                    .execute();
            return id;
        });
    }
}
