package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.i18n.Formats;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.SignUps;
import app.haat.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who reads which messages: the admin all, an officer their municipalities' groups', a group its own. */
class MessagesServiceTest extends IntegrationTest {

    @Autowired
    MessagesService messages;

    @Autowired
    MailOutbox outbox;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    RegionService regions;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    long bally;
    long kolkata;
    String ballyMobile;
    String kolkataMobile;
    long ballyGroup;
    long kolkataGroup;
    String admin;
    String ballyOfficer;

    @BeforeEach
    void twoGroupsInTwoMunicipalities() {
        bally = municipality("Bally");
        kolkata = municipality("Kolkata");
        ballyMobile = GroupRegistryTest.newMobile();
        kolkataMobile = GroupRegistryTest.newMobile();
        ballyGroup = register("Bally", bally, ballyMobile);
        kolkataGroup = register("Kolkata", kolkata, kolkataMobile);
        admin = accounts.admin();
        ballyOfficer = accounts.officer(Set.of(bally));
    }

    @Test
    void anOfficerReadsOnlyTheMessagesOfTheirMunicipalitiesGroups() {
        long mine = OutboxRows.insert(
                dsl, MessageType.GROUP_VERIFIED, Channel.SMS, ballyGroup, ballyMobile, OutboxStatus.SENT);
        String address = unique("bally") + "@example.org";
        long mineByMail = OutboxRows.insert(
                dsl, MessageType.GROUP_VERIFIED, Channel.EMAIL, ballyGroup, address, OutboxStatus.SENT);
        long theirs = OutboxRows.insert(
                dsl, MessageType.GROUP_VERIFIED, Channel.SMS, kolkataGroup, kolkataMobile, OutboxStatus.SENT);

        List<OutboxEntry> seen = accounts.as(ballyOfficer, () -> messages.page(MessageFilter.ALL, 0, 100_000));
        assertThat(seen).extracting(OutboxEntry::id).contains(mine, mineByMail).doesNotContain(theirs);
        assertThat(seen)
                .as("only messages to groups, and none to Kolkata's")
                .allSatisfy(e -> assertThat(e.groupId()).isNotNull().isNotEqualTo(kolkataGroup));
        MessageFilter kolkataNumber = new MessageFilter(null, null, kolkataMobile);
        assertThat(accounts.as(ballyOfficer, () -> messages.count(kolkataNumber)))
                .isZero();
        assertThat(accounts.as(admin, () -> messages.page(kolkataNumber, 0, 10)))
                .extracting(OutboxEntry::id)
                .containsExactly(theirs);
        assertThat(accounts.as(ballyOfficer, () -> messages.countsByState(new MessageFilter(null, null, ballyMobile))))
                .containsEntry(MessageState.SENT, 1);

        int officerBefore = accounts.as(ballyOfficer, () -> messages.possiblyDuplicated());
        int adminBefore = accounts.as(admin, () -> messages.possiblyDuplicated());
        OutboxRows.insert(
                dsl,
                MessageType.ASSIGNMENT,
                Channel.SMS,
                kolkataGroup,
                kolkataMobile,
                OutboxStatus.SENT,
                r -> r.setPossiblyDuplicate(true));
        assertThat(accounts.as(ballyOfficer, () -> messages.possiblyDuplicated()))
                .isEqualTo(officerBefore);
        assertThat(accounts.as(admin, () -> messages.possiblyDuplicated())).isEqualTo(adminBefore + 1);
        OutboxRows.insert(
                dsl,
                MessageType.ASSIGNMENT,
                Channel.SMS,
                ballyGroup,
                ballyMobile,
                OutboxStatus.SENT,
                r -> r.setPossiblyDuplicate(true));
        assertThat(accounts.as(ballyOfficer, () -> messages.possiblyDuplicated()))
                .isEqualTo(officerBefore + 1);
    }

    @Test
    void othersAreRefusedTheMessagesView() {
        String staff = accounts.staff();
        assertThatThrownBy(() -> accounts.as(staff, () -> messages.page(MessageFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(staff, () -> messages.count(MessageFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(staff, () -> messages.smsOverview()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(ballyMobile, () -> messages.page(MessageFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(ballyOfficer, () -> messages.segmentsThisMonth()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(ballyOfficer, () -> messages.receivedSms(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(ballyOfficer, () -> messages.ownMessages()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGroupReadsItsOwnTwentyLatestMessagesOnly() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < MessagesService.OWN_MESSAGES + 1; i++) {
            mine.add(OutboxRows.insert(
                    dsl, MessageType.REMINDER, Channel.SMS, ballyGroup, ballyMobile, OutboxStatus.SENT));
        }
        long theirs = OutboxRows.insert(
                dsl, MessageType.GROUP_REJECTED, Channel.SMS, kolkataGroup, kolkataMobile, OutboxStatus.SENT);

        List<OutboxEntry> own = accounts.as(ballyMobile, () -> messages.ownMessages());
        assertThat(own).hasSize(MessagesService.OWN_MESSAGES);
        assertThat(own).allSatisfy(e -> assertThat(e.groupId()).isEqualTo(ballyGroup));
        assertThat(own.getFirst().id()).as("newest first").isEqualTo(mine.getLast());
        assertThat(own).extracting(OutboxEntry::id).doesNotContain(mine.getFirst(), theirs);

        assertThat(accounts.as(kolkataMobile, () -> messages.ownMessages()))
                .extracting(OutboxEntry::id)
                .contains(theirs)
                .doesNotContainAnyElementsOf(mine);
        assertThatThrownBy(() -> accounts.as(admin, () -> messages.ownMessages()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheAdminTriesAFailedMessageAgain() {
        long failed = OutboxRows.insert(
                dsl,
                MessageType.ASSIGNMENT,
                Channel.SMS,
                ballyGroup,
                ballyMobile,
                OutboxStatus.FAILED,
                r -> r.setLastError("REJECTD by the SMSC"));
        assertThatThrownBy(() -> accounts.as(ballyOfficer, () -> outbox.retry(failed)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(failed)).isEqualTo(OutboxStatus.FAILED);
        assertThat(accounts.as(admin, () -> outbox.retry(failed))).isTrue();
        assertThat(status(failed)).isEqualTo(OutboxStatus.QUEUED);
    }

    @Test
    void searchFindsANumberHoweverItIsTypedAndAnAddressInAnyCase() {
        long sms = OutboxRows.insert(
                dsl,
                MessageType.ASSIGNMENT,
                Channel.SMS,
                ballyGroup,
                ballyMobile,
                OutboxStatus.SENT,
                r -> r.setDelivery(app.haat.mail.DeliveryState.DELIVRD));
        String address = unique("Leader") + "@Example.org";
        long mail = OutboxRows.insert(
                dsl, MessageType.ASSIGNMENT, Channel.EMAIL, ballyGroup, address.toLowerCase(), OutboxStatus.SENT);
        String spaced = "+91 " + ballyMobile.substring(0, 5) + " " + ballyMobile.substring(5);
        for (String typed : List.of(
                ballyMobile, spaced, Formats.bengaliDigits(ballyMobile), "0" + ballyMobile, ballyMobile.substring(4))) {
            List<OutboxEntry> found =
                    accounts.as(admin, () -> messages.page(new MessageFilter(null, null, typed), 0, 50));
            assertThat(found)
                    .as(typed)
                    .extracting(OutboxEntry::id)
                    .contains(sms)
                    .doesNotContain(mail);
        }
        assertThat(accounts.as(
                        admin,
                        () -> messages.page(
                                new MessageFilter(MessageState.DELIVERED, Channel.SMS, ballyMobile), 0, 50)))
                .extracting(OutboxEntry::id)
                .containsExactly(sms);
        assertThat(accounts.as(
                        admin, () -> messages.page(new MessageFilter(MessageState.SENT, null, ballyMobile), 0, 50)))
                .as("a delivered SMS is not among the merely sent")
                .extracting(OutboxEntry::id)
                .doesNotContain(sms);
        assertThat(accounts.as(admin, () -> messages.page(new MessageFilter(null, null, address.toUpperCase()), 0, 50)))
                .extracting(OutboxEntry::id)
                .containsExactly(mail);
    }

    @Test
    void segmentsThisMonthCountFromTheFirstDayInIndia() {
        MessageType type = MessageType.APPLICATIONS_OPEN;
        int before = accounts.as(admin, () -> messages.segmentsThisMonth()).getOrDefault(type, 0);
        OffsetDateTime firstOfMonth = LocalDate.now(clock.withZone(Formats.INDIA))
                .withDayOfMonth(1)
                .atStartOfDay(Formats.INDIA)
                .toOffsetDateTime();
        OutboxRows.insert(dsl, type, Channel.SMS, ballyGroup, ballyMobile, OutboxStatus.SENT, r -> r.setSegments(2));
        OutboxRows.insert(dsl, type, Channel.SMS, kolkataGroup, kolkataMobile, OutboxStatus.SENT, r -> {
            r.setSegments(1);
            r.setSentAt(firstOfMonth);
        });
        OutboxRows.insert(dsl, type, Channel.SMS, kolkataGroup, kolkataMobile, OutboxStatus.SENT, r -> {
            r.setSegments(5);
            r.setSentAt(firstOfMonth.minusMinutes(1)); // last month's, in India
        });
        assertThat(accounts.as(admin, () -> messages.segmentsThisMonth())).containsEntry(type, before + 3);
    }

    private OutboxStatus status(long id) {
        return dsl.select(MAIL_OUTBOX.STATUS)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id))
                .fetchOne(MAIL_OUTBOX.STATUS);
    }

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    private long register(String name, long municipalityId, String mobile) {
        return registrations.register(SignUps.bengali("Messages " + name + " " + mobile, municipalityId, mobile));
    }
}
