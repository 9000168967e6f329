package app.haat.exhibition;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.mail.Channel;
import app.haat.mail.MessageFilter;
import app.haat.mail.MessageType;
import app.haat.mail.MessagesService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import app.haat.user.MyAccountService;
import app.haat.user.UserAccount;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: officers and staff choose how they are told, as groups do, and the officers of the applicants'
 * municipalities hear how many applications wait for their review when applications close.
 */
class OfficerMessagesTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    UserService users;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    MessagesService messages;

    @Autowired
    DSLContext dsl;

    /** An officer made by the admin with this mobile and e-mail (either may be null) and default channels. */
    private String officer(Set<Long> municipalities, @Nullable String mobile, @Nullable String email) {
        String username = unique("officer-reach");
        SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                username,
                TestAccounts.PASSWORD,
                "Officer " + username,
                email,
                Role.MUNICIPAL_OFFICER,
                municipalities,
                "bn",
                mobile,
                null,
                null,
                null)));
        return username;
    }

    private static String newMobile() {
        return app.haat.group.GroupRegistryTest.newMobile();
    }

    /** Each officer's REVIEW_WAITING rows for this exhibition: their channels, and the count each message says. */
    private Map<String, Set<Channel>> told(long exhibitionId, Map<String, String> counts) {
        Map<String, Set<Channel>> byOfficer = new TreeMap<>();
        dsl
                .select(app.haat.db.Tables.APP_USER.USERNAME, MAIL_OUTBOX.CHANNEL, MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .join(app.haat.db.Tables.APP_USER)
                .on(app.haat.db.Tables.APP_USER.ID.eq(MAIL_OUTBOX.USER_ID))
                .where(MAIL_OUTBOX
                        .MESSAGE_TYPE
                        .eq(MessageType.REVIEW_WAITING)
                        .and(MAIL_OUTBOX.MODEL.contains("\"exhibitionId\":" + exhibitionId)))
                .fetch()
                .stream()
                .filter(r -> r.value3().matches(".*\"exhibitionId\":" + exhibitionId + "\\b.*"))
                .forEach(r -> {
                    byOfficer
                            .computeIfAbsent(r.value1(), u -> EnumSet.noneOf(Channel.class))
                            .add(r.value2());
                    String model = r.value3();
                    int at = model.indexOf("\"count\":\"") + 9;
                    counts.put(r.value1(), model.substring(at, model.indexOf('"', at)));
                });
        return byOfficer;
    }

    @Test
    void closingTellsEachOfficerOfTheApplicantsMunicipalitiesByTheirChannelsWithTheirOwnCount() {
        long bally = fx.municipality("Bally");
        long kolkata = fx.municipality("Kolkata");
        long howrah = fx.municipality("Howrah");
        String mobileA = newMobile();
        String both = officer(Set.of(bally), app.haat.core.i18n.Formats.bengaliDigits(mobileA), "a@example.org");
        String mailOnly = officer(Set.of(bally), null, "b@example.org");
        String smsOnly = officer(Set.of(kolkata), newMobile(), null);
        String twoPlaces = officer(Set.of(bally, kolkata), null, "d@example.org");
        String unreachable = officer(Set.of(bally), null, null);
        String elsewhere = officer(Set.of(howrah), newMobile(), "e@example.org");
        // the admin's form keeps the number in Latin digits and ticks SMS because a mobile was given
        UserAccount first = SystemAuthority.runAsAdmin(() -> users.list().stream()
                .filter(u -> u.username().equals(both))
                .findFirst()
                .orElseThrow());
        assertThat(first.mobile()).isEqualTo(mobileA);
        assertThat(first.bySms()).isTrue();
        assertThat(first.byEmail()).isTrue();

        String verifier = fx.accounts.officer(Set.of(bally, kolkata));
        long mall = fx.mall(verifier, bally, 4);
        LocalDate monday = ExhibitionFixtures.mondayAhead(40);
        long id = fx.openExhibition(verifier, mall, unique("Review Haat "), monday, 7, SlotLength.WEEK, 1);
        long slot = fx.exhibitions.slots(id).getFirst().id();
        for (long municipality : List.of(bally, bally, kolkata)) {
            ExhibitionFixtures.VerifiedGroup group = fx.verifiedGroup(verifier, municipality, "JUTE");
            fx.apply(group, id, slot);
        }
        assertThat(told(id, new TreeMap<>())).isEmpty(); // nothing before closing

        fx.close(verifier, id);

        Map<String, String> counts = new TreeMap<>();
        assertThat(told(id, counts))
                .containsAllEntriesOf(Map.of(
                        both, Set.of(Channel.SMS, Channel.EMAIL),
                        mailOnly, Set.of(Channel.EMAIL),
                        smsOnly, Set.of(Channel.SMS),
                        twoPlaces, Set.of(Channel.EMAIL)))
                .doesNotContainKeys(unreachable, elsewhere);
        // in the officer's language (all Bengali here): Bally's two, Kolkata's one, both for the officer of both
        assertThat(counts).containsEntry(both, "২").containsEntry(smsOnly, "১").containsEntry(twoPlaces, "৩");
        String recipient = dsl.select(MAIL_OUTBOX.RECIPIENT)
                .from(MAIL_OUTBOX)
                .join(app.haat.db.Tables.APP_USER)
                .on(app.haat.db.Tables.APP_USER.ID.eq(MAIL_OUTBOX.USER_ID))
                .where(app.haat.db.Tables.APP_USER
                        .USERNAME
                        .eq(both)
                        .and(MAIL_OUTBOX.CHANNEL.eq(Channel.SMS))
                        .and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.REVIEW_WAITING)))
                .fetchSingle(MAIL_OUTBOX.RECIPIENT);
        assertThat(recipient).isEqualTo(mobileA);

        // an officer sees the messages sent to them in the Messages view; another officer does not
        MessageFilter toMe = new MessageFilter(null, null, mobileA);
        assertThat(fx.accounts.as(both, () -> messages.count(toMe))).isEqualTo(1);
        assertThat(fx.accounts.as(elsewhere, () -> messages.count(toMe))).isZero();
    }

    @Test
    void anOfficerChoosesChannelsOnlyAmongThoseTheAccountCanTake() {
        long bally = fx.municipality("Bally");
        String withMobile = officer(Set.of(bally), newMobile(), "c@example.org");
        String mailOnly = officer(Set.of(bally), null, "f@example.org");
        String nothing = officer(Set.of(bally), null, null);

        fx.accounts.as(withMobile, () -> myAccount.chooseChannels(true, false));
        UserAccount changed = fx.accounts.as(withMobile, () -> myAccount.mine());
        assertThat(changed.bySms()).isTrue();
        assertThat(changed.byEmail()).isFalse();

        assertThatThrownBy(() -> fx.accounts.as(withMobile, () -> myAccount.chooseChannels(false, false)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user.error.noChannel");
        assertThatThrownBy(() -> fx.accounts.as(mailOnly, () -> myAccount.chooseChannels(true, true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user.error.smsNeedsMobile");
        assertThatThrownBy(() -> fx.accounts.as(nothing, () -> myAccount.chooseChannels(false, true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user.error.emailNeedsAddress");
        // an account with neither address may keep both off: nothing can reach it anyway
        fx.accounts.as(nothing, () -> myAccount.chooseChannels(false, false));
        assertThat(fx.accounts.as(withMobile, () -> myAccount.mine()).bySms()).isTrue(); // the refusals changed nothing
        // groups choose on their own page, not here
        ExhibitionFixtures.VerifiedGroup group = fx.verifiedGroup(fx.accounts.officer(Set.of(bally)), bally, "JUTE");
        assertThatThrownBy(() -> fx.accounts.as(group.mobile(), () -> myAccount.mine()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theAdminsFormRefusesAWrongMobileAndAChannelWithoutItsAddress() {
        long bally = fx.municipality("Bally");
        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                        unique("bad-mobile"),
                        TestAccounts.PASSWORD,
                        "X",
                        null,
                        Role.MUNICIPAL_OFFICER,
                        Set.of(bally),
                        "en",
                        "033 2334 5566", // a Kolkata landline
                        null,
                        null,
                        null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user.error.mobile");
        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                        unique("sms-no-mobile"),
                        TestAccounts.PASSWORD,
                        "X",
                        "x@example.org",
                        Role.CENTRE_STAFF,
                        Set.of(),
                        "en",
                        "",
                        true,
                        false,
                        null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user.error.smsNeedsMobile");
    }
}
