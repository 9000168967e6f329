package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.SMS_PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.haat.core.api.ValidationException;
import app.haat.core.security.SystemAuthority;
import app.haat.db.tables.records.MailOutboxRecord;
import app.haat.group.GroupStatus;
import app.haat.sms.EmbeddedSmsc;
import app.haat.support.MailTest;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** SMS through the outbox, the dispatcher and a real SMPP server (the embedded SMSC) on loopback. */
class SmsDeliveryTest extends MailTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    SmsTemplates templates;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    @Autowired
    SmsSetup.Sms sms;

    /** A verified group with this mobile (random unless given) and e-mail, in any municipality. */
    private long group(String mobile, @Nullable String email) {
        long municipality =
                dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).limit(1).fetchOne(MUNICIPALITY.ID);
        return dsl.insertInto(SHG_GROUP)
                .set(SHG_GROUP.NAME, unique("SMS group "))
                .set(SHG_GROUP.MUNICIPALITY_ID, municipality)
                .set(SHG_GROUP.WARD, "1")
                .set(SHG_GROUP.MEMBER_COUNT, 10)
                .set(SHG_GROUP.LEADER_NAME, "Ruma Das")
                .set(SHG_GROUP.PHONE, mobile)
                .set(SHG_GROUP.EMAIL, email)
                .set(SHG_GROUP.STATUS, GroupStatus.VERIFIED)
                .set(SHG_GROUP.CONSENT_AT, OffsetDateTime.now())
                .set(SHG_GROUP.CREATED_AT, OffsetDateTime.now())
                .returning(SHG_GROUP.ID)
                .fetchOne(SHG_GROUP.ID);
    }

    private static String mobile() {
        return "9" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    private Set<Channel> tell(MessageType type, long groupId, String language) {
        return transaction.execute(status -> outbox.toGroup(type, groupId, MessageSamples.of(type, language)));
    }

    private List<MailOutboxRecord> rows(long groupId) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.GROUP_ID.eq(groupId))
                .orderBy(MAIL_OUTBOX.ID)
                .fetch();
    }

    private MailOutboxRecord smsRow(long groupId) {
        return rows(groupId).stream()
                .filter(r -> r.getChannel() == Channel.SMS)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aGroupWithoutEmailHearsBySmsInBengaliWithItsTemplateAndEntityIdsAndTheReceiptIsRecorded() {
        String mobile = mobile();
        long groupId = group(mobile, null);
        assertThat(tell(MessageType.GROUP_VERIFIED, groupId, "bn")).containsExactly(Channel.SMS);

        await().atMost(Duration.ofSeconds(15)).until(() -> smsTo(mobile).size() == 1);
        EmbeddedSmsc.ReceivedSms sms = smsTo(mobile).getFirst();
        String templateId =
                templates.find(MessageType.GROUP_VERIFIED, "bn").orElseThrow().templateId();
        assertThat(templateId).isNotBlank();
        assertThat(sms.templateId()).isEqualTo(templateId);
        assertThat(sms.entityId()).isEqualTo("1101234567890123456");
        assertThat(sms.dataCoding()).isEqualTo((byte) 8);
        // the group has no account, so Bengali; the sample's municipality filled in, the link on the portal's domain
        assertThat(sms.text())
                .isEqualTo(
                        "হাট: বালি আপনার গোষ্ঠী যাচাই করেছে। এখন প্রদর্শনীর স্টলের জন্য আবেদন করুন: haat.test/my-stalls");
        await().atMost(Duration.ofSeconds(10)).until(() -> smsRow(groupId).getDelivery() == DeliveryState.DELIVRD);
        MailOutboxRecord row = smsRow(groupId);
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(row.getRecipient()).isEqualTo(mobile);
        assertThat(row.getSmsText()).isEqualTo(sms.text());
        assertThat(row.getSegments()).isEqualTo(sms.segments());
        assertThat(row.getPossiblyDuplicate()).isFalse();
    }

    @Test
    void anOfficerWhoChoseSmsHearsOnTheMobileTheAdminRecordedInTheirLanguage() {
        String mobile = mobile();
        long officer = dsl.insertInto(app.haat.db.Tables.APP_USER)
                .set(app.haat.db.Tables.APP_USER.USERNAME, unique("sms-officer"))
                .set(app.haat.db.Tables.APP_USER.PASSWORD_HASH, "x")
                .set(app.haat.db.Tables.APP_USER.ROLE, app.haat.core.security.Role.MUNICIPAL_OFFICER)
                .set(app.haat.db.Tables.APP_USER.DISPLAY_NAME, "Anita Sen")
                .set(app.haat.db.Tables.APP_USER.EMAIL, unique("officer") + "@example.org")
                .set(app.haat.db.Tables.APP_USER.LANGUAGE, "en")
                .set(app.haat.db.Tables.APP_USER.CREATED_AT, java.time.OffsetDateTime.now())
                .set(app.haat.db.Tables.APP_USER.MOBILE, mobile)
                .set(app.haat.db.Tables.APP_USER.NOTIFY_SMS, true)
                .set(app.haat.db.Tables.APP_USER.NOTIFY_EMAIL, false)
                .returning(app.haat.db.Tables.APP_USER.ID)
                .fetchOne(app.haat.db.Tables.APP_USER.ID);
        Integer queued = transaction.execute(status -> outbox.toUsers(
                MessageType.REVIEW_WAITING,
                List.of(officer),
                contact -> MessageSamples.of(MessageType.REVIEW_WAITING, contact.language())));
        assertThat(queued).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> smsTo(mobile).size() == 1);
        assertThat(smsTo(mobile).getFirst().text())
                .isEqualTo("Haat: applications are closed. 42 applications from your municipalities for Winter Haat,"
                        + " City Centre wait for your review: haat.test/exhibition/1");
        MailOutboxRecord row = dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.USER_ID.eq(officer))
                .fetchSingle();
        assertThat(row.getGroupId()).isNull();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dsl.selectFrom(MAIL_OUTBOX)
                                .where(MAIL_OUTBOX.ID.eq(row.getId()))
                                .fetchSingle()
                                .getDelivery()
                        == DeliveryState.DELIVRD);
    }

    @Test
    void aGroupWithAnAddressHearsByBothChannelsOnceEach() {
        String mobile = mobile();
        String email = unique("both") + "@example.org";
        long groupId = group(mobile, email);
        assertThat(tell(MessageType.ASSIGNMENT, groupId, "en")).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> rows(groupId).stream().allMatch(r -> r.getStatus() == OutboxStatus.SENT));
        assertThat(receivedBy(email)).hasSize(1);
        assertThat(smsTo(mobile)).hasSize(1);
        assertThat(smsTo(mobile).getFirst().text()).contains("K-03").contains("haat.test/my-stalls");
    }

    @Test
    void aLongMessageGoesInPartsAndIsDeliveredWhenAllPartsAre() {
        String mobile = mobile();
        long groupId = group(mobile, null);
        tell(MessageType.ASSIGNMENT, groupId, "bn");

        await().atMost(Duration.ofSeconds(15)).until(() -> smsRow(groupId).getDelivery() == DeliveryState.DELIVRD);
        MailOutboxRecord row = smsRow(groupId);
        assertThat(row.getSegments()).isEqualTo(2);
        assertThat(dsl.fetchCount(SMS_PART, SMS_PART.OUTBOX_ID.eq(row.getId()))).isEqualTo(2);
        assertThat(smsTo(mobile).getFirst().segments()).isEqualTo(2);
    }

    @Test
    void anUndeliveredReceiptIsShownOnTheMessage() {
        String mobile = mobile();
        smsc.receiptState(destination -> destination.equals("91" + mobile) ? "UNDELIV" : "DELIVRD");
        long groupId = group(mobile, null);
        tell(MessageType.GROUP_VERIFIED, groupId, "en");
        await().atMost(Duration.ofSeconds(15)).until(() -> smsRow(groupId).getDelivery() == DeliveryState.UNDELIV);
        assertThat(smsRow(groupId).getDeliveredAt()).isNull();
    }

    @Test
    void aNumberThatIsNotAnIndianMobileFailsWithTheReason() {
        long groupId = group("5" + mobile().substring(1), null);
        tell(MessageType.GROUP_VERIFIED, groupId, "en");
        await().atMost(Duration.ofSeconds(15)).until(() -> smsRow(groupId).getStatus() == OutboxStatus.FAILED);
        assertThat(smsRow(groupId).getLastError()).contains("Not an Indian mobile number");
    }

    @Test
    void whenTheSmscStopsMidBatchEveryMessageArrivesAndNoneTwice() throws Exception {
        List<String> mobiles = new ArrayList<>();
        List<Long> groups = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String mobile = mobile();
            mobiles.add(mobile);
            groups.add(group(mobile, null));
        }
        smsc.responseDelay(Duration.ofMillis(20)); // slow enough to stop it mid-batch
        transaction.executeWithoutResult(status -> groups.forEach(id ->
                outbox.toGroup(MessageType.GROUP_VERIFIED, id, MessageSamples.of(MessageType.GROUP_VERIFIED, "en"))));
        await().atMost(Duration.ofSeconds(15)).until(() -> smsc.submitCount() >= 20);
        smsc.stop();
        Thread.sleep(1500);
        smsc.responseDelay(Duration.ZERO);
        smsc.restart();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> groups.stream().allMatch(id -> smsRow(id).getStatus() == OutboxStatus.SENT));
        Map<String, Long> perNumber = smsc.received().stream()
                .collect(Collectors.groupingBy(EmbeddedSmsc.ReceivedSms::destination, Collectors.counting()));
        // the contract: each message arrives; only one in flight when the link broke may arrive twice, and then
        // its row says "possibly duplicated"; at most one submit window of them
        int possiblyDuplicated = 0;
        for (int i = 0; i < mobiles.size(); i++) {
            long arrived = perNumber.getOrDefault("91" + mobiles.get(i), 0L);
            boolean flagged = Boolean.TRUE.equals(smsRow(groups.get(i)).getPossiblyDuplicate());
            assertThat(arrived).as(mobiles.get(i)).isBetween(1L, flagged ? 2L : 1L);
            possiblyDuplicated += flagged ? 1 : 0;
        }
        assertThat(possiblyDuplicated)
                .isLessThanOrEqualTo(sms.settings().orElseThrow().window());
    }

    @Test
    void anSmscThatAcceptsAndNeverAnswersTimesOutWhileMailGoesOnAndTheSmsArrivesLater() {
        smsc.stall(true);
        String mobile = mobile();
        String email = unique("stalled") + "@example.org";
        long groupId = group(mobile, email);
        tell(MessageType.GROUP_VERIFIED, groupId, "en");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> rows(groupId).stream()
                        .anyMatch(r -> r.getChannel() == Channel.EMAIL && r.getStatus() == OutboxStatus.SENT));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> smsRow(groupId).getLastError() != null
                        && smsRow(groupId).getStatus() == OutboxStatus.QUEUED);
        assertThat(smsRow(groupId).getLastError()).contains("No answer from the SMSC");

        smsc.stall(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> smsRow(groupId).getStatus() == OutboxStatus.SENT);
        // the SMSC may have taken the first submit_sm it never answered: the repeat is marked
        assertThat(smsRow(groupId).getPossiblyDuplicate()).isTrue();
    }

    @Test
    void throttlingSlowsTheSenderDownWithoutFailingMessages() {
        smsc.throttleNext(5);
        String mobile = mobile();
        long groupId = group(mobile, null);
        tell(MessageType.GROUP_VERIFIED, groupId, "en");
        await().atMost(Duration.ofSeconds(40)).until(() -> smsRow(groupId).getStatus() == OutboxStatus.SENT);
        assertThat(smsTo(mobile)).hasSize(1);
    }

    @Test
    void smsInFlightWhenThePortalStoppedGoAgainMarkedPossiblyDuplicated() {
        String mobile = mobile();
        long groupId = group(mobile, null);
        long id = transaction.execute(status -> {
            outbox.toGroup(MessageType.GROUP_VERIFIED, groupId, MessageSamples.of(MessageType.GROUP_VERIFIED, "en"));
            long row = smsRow(groupId).getId();
            // as a crash leaves it: claimed (SENDING) by the portal that stopped, before this one started
            dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.STATUS, OutboxStatus.SENDING)
                    .set(MAIL_OUTBOX.CLAIMED_AT, OffsetDateTime.now().minusHours(1))
                    .where(MAIL_OUTBOX.ID.eq(row))
                    .execute();
            return row;
        });
        // the dispatcher looks for expired claims at each drain (another node may have been killed): it releases the
        // row by itself, or this call does if it comes first
        assertThat(dispatcher.releaseInFlightOfEarlierRuns()).isBetween(0, 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> smsRow(groupId).getStatus() == OutboxStatus.SENT);
        assertThat(smsRow(groupId).getId()).isEqualTo(id);
        assertThat(smsRow(groupId).getPossiblyDuplicate()).isTrue();
        assertThat(smsTo(mobile)).hasSize(1);
    }

    @Test
    void anSmscThatRefusesTheSignInLeavesMessagesWaitingWithAClearReason() throws IOException {
        smsc.close();
        smsc = EmbeddedSmsc.start(SMSC_PORT, "haat-test", "changed");
        String mobile = mobile();
        long groupId = group(mobile, null);
        tell(MessageType.GROUP_VERIFIED, groupId, "en");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> dispatcher.lastError().orElse("").contains("HAAT_SMPP_PASSWORD"));
        assertThat(smsRow(groupId).getStatus()).isEqualTo(OutboxStatus.QUEUED);

        smsc.close();
        smsc = EmbeddedSmsc.start(SMSC_PORT, "haat-test", "secret");
        await().atMost(Duration.ofSeconds(20)).until(() -> smsRow(groupId).getStatus() == OutboxStatus.SENT);
        assertThat(smsTo(mobile)).hasSize(1);
    }

    @Test
    void anEditedTextLosesItsTemplateIdAndItsSmsAreHeldUntilANewIdIsSet() {
        // a group without an account hears in Bengali
        var before = templates.find(MessageType.GROUP_REJECTED, "bn").orElseThrow();
        try {
            SystemAuthority.runAsAdmin(() ->
                    templates.save(MessageType.GROUP_REJECTED, "bn", before.body() + " ধন্যবাদ।", before.templateId()));
            assertThat(templates
                            .find(MessageType.GROUP_REJECTED, "bn")
                            .orElseThrow()
                            .templateId())
                    .isNull();
            String mobile = mobile();
            long groupId = group(mobile, null);
            tell(MessageType.GROUP_REJECTED, groupId, "bn");
            await().pollDelay(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> true);
            assertThat(smsRow(groupId).getStatus()).isEqualTo(OutboxStatus.QUEUED);
            assertThat(templates.withoutId()).anyMatch(t -> t.type() == MessageType.GROUP_REJECTED);

            SystemAuthority.runAsAdmin(() ->
                    templates.save(MessageType.GROUP_REJECTED, "bn", before.body() + " ধন্যবাদ।", "1107160000000099"));
            await().atMost(Duration.ofSeconds(15)).until(() -> smsRow(groupId).getStatus() == OutboxStatus.SENT);
            assertThat(smsTo(mobile).getFirst().templateId()).isEqualTo("1107160000000099");
            assertThat(smsTo(mobile).getFirst().text()).endsWith("ধন্যবাদ।");
        } finally {
            SystemAuthority.runAsAdmin(
                    () -> templates.save(MessageType.GROUP_REJECTED, "bn", before.body(), before.templateId()));
        }
    }

    @Test
    void aTextTooLongForTwoSegmentsOrWithAnotherNumberOfPlaceholdersIsRefusedAtSave() {
        var before = templates.find(MessageType.APPLICATION_STATUS, "bn").orElseThrow();
        // 33 characters of text, the exhibition and the outcome (30 each), the link (19), 95 more: 207 UCS-2
        // characters, 4 parts of 67
        String longer = before.body() + " " + "অনুগ্রহ করে আপনার পৌরসভার অফিসে যোগাযোগ করুন।".repeat(2);
        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(
                        () -> templates.save(MessageType.APPLICATION_STATUS, "bn", longer, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .containsExactly("sms.template.error.tooLong", "(4)"));
        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(
                        () -> templates.save(MessageType.APPLICATION_STATUS, "bn", before.body() + " {#var#}", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e ->
                        assertThat(((ValidationException) e).errors()).contains("sms.template.error.placeholders"));
        assertThat(templates
                        .find(MessageType.APPLICATION_STATUS, "bn")
                        .orElseThrow()
                        .body())
                .isEqualTo(before.body());
    }
}
