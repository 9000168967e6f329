package app.haat.exhibition;

import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import app.haat.group.CategoryService;
import app.haat.group.ContactChoices;
import app.haat.group.GroupRegistryTest;
import app.haat.group.SignUpForm;
import app.haat.mail.Channel;
import app.haat.mail.MessageType;
import app.haat.support.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: groups hear of an exhibition's applications by the channels they chose. Each test uses a category of its
 * own, so the groups an exhibition of that category is for are exactly the test's groups, and the messages of an
 * exhibition can be compared as a whole (the database is shared with other test classes).
 */
class AnnouncementsTest extends IntegrationTest {

    private static final AtomicInteger WEEKS = new AtomicInteger();

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    ClosingReminders reminders;

    @Autowired
    CategoryService categories;

    @Autowired
    DSLContext dsl;

    private long bally;
    private String officer;
    private String category;

    @BeforeEach
    void setUp() {
        bally = fx.municipality("Bally");
        officer = fx.accounts.officer(Set.of(bally));
        category = IntegrationTest.unique("T18_").toUpperCase();
        String admin = fx.accounts.admin();
        fx.accounts.as(
                admin, () -> categories.createCategory(category, "Test craft " + category, "পরীক্ষার কারুশিল্প"));
    }

    private static LocalDate someMonday() {
        return ExhibitionFixtures.mondayAhead(60).plusWeeks(3L * WEEKS.incrementAndGet());
    }

    /** A group that signed up in the municipality with this category (and e-mail address, if given). */
    private Signed signUp(long municipality, String category, @Nullable String email, String language) {
        String mobile = GroupRegistryTest.newMobile();
        long id = fx.registrations.register(new SignUpForm(
                "Announce Gosthi " + mobile,
                municipality,
                "4",
                10,
                "Mala Pal",
                mobile,
                "long-enough",
                email,
                true,
                Set.of(category),
                language));
        return new Signed(mobile, id);
    }

    private record Signed(String mobile, long id) {}

    /** A verified group with one product, as the officer of its municipality verified it. */
    private Signed verified(long municipality, String officer, String category, @Nullable String email) {
        Signed group = signUp(municipality, category, email, "bn");
        fx.accounts.as(
                officer,
                () -> fx.registrations.verify(
                        group.id(), fx.groups.get(group.id()).version()));
        return group;
    }

    private long exhibition(String title, List<String> categories, OffsetDateTime closesAt) {
        long mall = fx.mall(officer, bally, 2);
        LocalDate monday = someMonday();
        return fx.accounts.as(
                officer,
                () -> fx.exhibitions.create(new ExhibitionForm(
                        mall,
                        title,
                        monday,
                        monday.plusDays(13),
                        SlotLength.WEEK,
                        10,
                        new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(bally)),
                        categories,
                        OffsetDateTime.now().minusMinutes(1),
                        closesAt)));
    }

    /** The messages of one type queued for this exhibition: each group with its channels. */
    private Map<Long, Set<Channel>> queued(MessageType type, long exhibitionId) {
        Map<Long, Set<Channel>> byGroup = new TreeMap<>();
        dsl.select(MAIL_OUTBOX.GROUP_ID, MAIL_OUTBOX.CHANNEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(type)
                        .and(MAIL_OUTBOX.MODEL.like("{\"exhibitionId\":" + exhibitionId + ",%")))
                .forEach(r -> byGroup.computeIfAbsent(r.value1(), g -> EnumSet.noneOf(Channel.class))
                        .add(r.value2()));
        return byGroup;
    }

    @Test
    void openingTellsExactlyTheVerifiedGroupsOfTheCatchmentAndCategoriesByTheirChannels() {
        Signed smsOnly = verified(bally, officer, category, null);
        Signed both = verified(bally, officer, category, "both" + System.nanoTime() + "@example.org");
        Signed mailOnly = verified(bally, officer, category, "mail" + System.nanoTime() + "@example.org");
        fx.accounts.as(
                mailOnly.mobile(),
                () -> fx.profiles.updateContactChoices(mailOnly.id(), new ContactChoices(false, true, true)));
        Signed optedOut = verified(bally, officer, category, null);
        fx.accounts.as(
                optedOut.mobile(),
                () -> fx.profiles.updateContactChoices(optedOut.id(), new ContactChoices(true, false, false)));
        Signed neither = verified(bally, officer, category, null);
        fx.accounts.as(
                neither.mobile(),
                () -> fx.profiles.updateContactChoices(neither.id(), new ContactChoices(false, false, true)));
        Signed pending = signUp(bally, category, null, "bn");
        long kolkata = fx.municipality("Kolkata");
        Signed outOfCatchment = verified(kolkata, fx.accounts.officer(Set.of(kolkata)), category, null);
        Signed otherCategory = verified(bally, officer, "HANDLOOM", null);
        Signed english = signUp(bally, category, null, "en");
        fx.accounts.as(
                officer,
                () -> fx.registrations.verify(
                        english.id(), fx.groups.get(english.id()).version()));

        OffsetDateTime closesAt = OffsetDateTime.now().plusDays(10);
        long id = exhibition("Announced Haat " + category, List.of(category), closesAt);
        assertThat(queued(MessageType.APPLICATIONS_OPEN, id)).isEmpty(); // a draft is announced to nobody
        fx.open(officer, id);

        assertThat(queued(MessageType.APPLICATIONS_OPEN, id))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        smsOnly.id(), Set.of(Channel.SMS),
                        both.id(), Set.of(Channel.SMS, Channel.EMAIL),
                        mailOnly.id(), Set.of(Channel.EMAIL),
                        neither.id(), Set.of(Channel.SMS), // both channels off: SMS anyway
                        english.id(), Set.of(Channel.SMS)))
                .doesNotContainKeys(optedOut.id(), pending.id(), outOfCatchment.id(), otherCategory.id());

        // what the messages say: addressed to the leader, the date in the group's digits, the link to apply
        String date = Formats.date(closesAt.atZoneSameInstant(Formats.INDIA).toLocalDate());
        var rows = dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(MessageType.APPLICATIONS_OPEN)
                        .and(MAIL_OUTBOX.MODEL.like("{\"exhibitionId\":" + id + ",%")))
                .fetch();
        assertThat(rows).hasSize(6);
        var sms = rows.stream()
                .filter(r -> r.getGroupId() == smsOnly.id())
                .findFirst()
                .orElseThrow();
        assertThat(sms.getRecipient()).isEqualTo(smsOnly.mobile());
        assertThat(sms.getLanguage()).isEqualTo("bn");
        assertThat(sms.getModel())
                .contains("\"name\":\"Mala Pal\"")
                .contains("\"groupName\":\"Announce Gosthi " + smsOnly.mobile() + "\"")
                .contains("\"exhibition\":\"Announced Haat " + category + "\"")
                .contains("\"closesOn\":\"" + Formats.bengaliDigits(date) + "\"")
                .contains("/my-stalls\"");
        var mail = rows.stream()
                .filter(r -> r.getGroupId() == mailOnly.id())
                .findFirst()
                .orElseThrow();
        assertThat(mail.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(mail.getRecipient()).startsWith("mail").endsWith("@example.org");
        assertThat(rows.stream()
                        .filter(r -> r.getGroupId() == english.id())
                        .findFirst()
                        .orElseThrow()
                        .getModel())
                .contains("\"closesOn\":\"" + date + "\"");
    }

    @Test
    void anExhibitionWithoutCategoriesIsForEveryCategory() {
        Signed handloom = verified(bally, officer, "HANDLOOM", null);
        Signed ours = verified(bally, officer, category, null);
        Signed optedOut = verified(bally, officer, category, null);
        fx.accounts.as(
                optedOut.mobile(),
                () -> fx.profiles.updateContactChoices(optedOut.id(), new ContactChoices(true, false, false)));
        Signed pending = signUp(bally, category, null, "bn");
        long id = exhibition(
                "Open to all " + category, List.of(), OffsetDateTime.now().plusDays(10));
        fx.open(officer, id);
        // other tests' groups of Bally hear of it too: only ours are checked
        Map<Long, Set<Channel>> queued = queued(MessageType.APPLICATIONS_OPEN, id);
        assertThat(queued)
                .containsEntry(handloom.id(), Set.of(Channel.SMS))
                .containsEntry(ours.id(), Set.of(Channel.SMS))
                .doesNotContainKeys(optedOut.id(), pending.id());
    }

    @Test
    void applyingQueuesTheReceiptAndTheDayBeforeClosingOnlyNonApplicantsAreRemindedOnce() {
        LocalDate today = LocalDate.now(Formats.INDIA);
        OffsetDateTime closesAt =
                today.plusDays(1).atTime(LocalTime.NOON).atZone(Formats.INDIA).toOffsetDateTime();
        ExhibitionFixtures.VerifiedGroup applicant = fx.verifiedGroup(officer, bally, category);
        Signed waiting = verified(bally, officer, category, "wait" + System.nanoTime() + "@example.org");
        Signed optedOut = verified(bally, officer, category, null);
        fx.accounts.as(
                optedOut.mobile(),
                () -> fx.profiles.updateContactChoices(optedOut.id(), new ContactChoices(true, false, false)));
        long id = exhibition("Closing Haat " + category, List.of(category), closesAt);
        fx.open(officer, id);
        assertThat(queued(MessageType.APPLICATIONS_OPEN, id)).containsOnlyKeys(applicant.id(), waiting.id());

        long slot = fx.exhibitions.slots(id).getFirst().id();
        fx.apply(applicant, id, slot);
        assertThat(queued(MessageType.APPLICATION_RECEIVED, id))
                .containsExactlyInAnyOrderEntriesOf(Map.of(applicant.id(), Set.of(Channel.SMS)));
        String receipt = dsl.select(MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(MessageType.APPLICATION_RECEIVED)
                        .and(MAIL_OUTBOX.GROUP_ID.eq(applicant.id())))
                .fetchSingle(MAIL_OUTBOX.MODEL);
        assertThat(receipt)
                .contains("\"exhibition\":\"Closing Haat " + category + "\"")
                .contains("\"closesOn\":\"" + Formats.bengaliDigits(Formats.date(today.plusDays(1))) + "\"");

        // two days before closing: nothing yet
        reminders.remind(today.minusDays(1));
        assertThat(queued(MessageType.APPLICATIONS_CLOSING, id)).isEmpty();

        // the day before: the group that has not applied, by both its channels; not the applicant, not the opted-out
        int first = reminders.remind(today);
        assertThat(queued(MessageType.APPLICATIONS_CLOSING, id))
                .containsExactlyInAnyOrderEntriesOf(Map.of(waiting.id(), Set.of(Channel.SMS, Channel.EMAIL)));
        assertThat(first).isGreaterThanOrEqualTo(2);
        assertThat(dsl.select(EXHIBITION.CLOSING_REMINDER_SENT_ON)
                        .from(EXHIBITION)
                        .where(EXHIBITION.ID.eq(id))
                        .fetchSingle(EXHIBITION.CLOSING_REMINDER_SENT_ON))
                .isEqualTo(today);

        // run again the same day (a restart): nothing more
        assertThat(reminders.remind(today)).isZero();
        assertThat(dsl.fetchCount(
                        MAIL_OUTBOX,
                        MAIL_OUTBOX
                                .MESSAGE_TYPE
                                .eq(MessageType.APPLICATIONS_CLOSING)
                                .and(MAIL_OUTBOX.MODEL.like("{\"exhibitionId\":" + id + ",%"))))
                .isEqualTo(2);
    }
}
