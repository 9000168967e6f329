package app.haat.otp;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.ONE_TIME_CODE;
import static app.haat.db.Tables.SHG_GROUP;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.db.tables.records.AppUserRecord;
import app.haat.group.GroupProfileService;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.SignUpForm;
import app.haat.group.SignUpService;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.mail.OutboxStatus;
import app.haat.region.RegionService;
import app.haat.support.MailTest;
import app.haat.user.GroupAccountService;
import app.haat.user.LockingAuthenticationProvider;
import app.haat.user.UserService;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time codes end to end: asked for through the service, sent through the outbox and the SMS dispatcher to a real
 * SMPP server (the embedded SMSC), read back from what that server received, and typed back.
 */
class OtpServiceTest extends MailTest {

    @Autowired
    OtpService otp;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupProfileService profiles;

    @Autowired
    SignUpService signUps;

    @Autowired
    RegionService regions;

    @Autowired
    LockingAuthenticationProvider passwords;

    @Autowired
    MailOutbox outbox;

    @Autowired
    UserService users;

    @Autowired
    app.haat.group.GroupImportService importer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    private SignUpForm form(String name, long municipalityId, String mobile) {
        return new SignUpForm(
                name, municipalityId, "12", 12, "রুমা দাস", mobile, "long-enough", null, true, Set.of(), "bn");
    }

    /** A group an officer of Bally entered from paper: verified at once, with a code-only account. */
    private long paperGroup(String mobile) {
        long bally = municipality("Bally");
        String officer = accounts.officer(Set.of(bally));
        return accounts.as(
                officer, () -> registrations.createVerified(form(unique("Paper Gosthi "), bally, mobile), null));
    }

    private static ValidationException refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private OtpService.CodeSignIn signInWith(String mobile, String code, Long groupId, MockHttpServletRequest request) {
        return otp.signInWithCode(mobile, code, groupId, request, new MockHttpServletResponse());
    }

    /** Moves the number's codes this many seconds into the past (as if the person had waited). */
    private void age(String mobile, int seconds) {
        for (var row : dsl.selectFrom(ONE_TIME_CODE)
                .where(ONE_TIME_CODE.MOBILE.eq(mobile))
                .fetch()) {
            row.setCreatedAt(row.getCreatedAt().minusSeconds(seconds));
            row.setExpiresAt(row.getExpiresAt().minusSeconds(seconds));
            row.store();
        }
    }

    private AppUserRecord accountOf(long groupId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.GROUP_ID.eq(groupId)).fetchSingle();
    }

    @Test
    void aPaperGroupGetsACodeOnlyAccountAndSignsInWithTheCodeFromItsSms() {
        String mobile = GroupRegistryTest.newMobile();
        long group = paperGroup(mobile);
        AppUserRecord account = accountOf(group);
        assertThat(account.getUsername()).isEqualTo("g" + group);
        assertThat(account.getRole()).isEqualTo(Role.SHG);
        assertThat(account.getPasswordHash()).isEqualTo(GroupAccountService.NO_PASSWORD);
        // the name is reserved: an admin cannot make an account that would take a group's
        assertThat(refusal(() -> accounts.as(
                                accounts.admin(),
                                () -> users.create(new app.haat.user.UserForm(
                                        "g" + (group + 1),
                                        "long-enough-1",
                                        null,
                                        null,
                                        Role.CENTRE_STAFF,
                                        Set.of(),
                                        "en"))))
                        .errors())
                .containsExactly("user.error.username");
        // no password opens it, not even the stored text
        assertThatThrownBy(() -> passwords.authenticate(
                        new UsernamePasswordAuthenticationToken("g" + group, GroupAccountService.NO_PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);

        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.1", "en");
        String code = codeSentTo(mobile, 1);
        assertThat(smsTo(mobile).getFirst().text()).contains("আপনার হাট ওটিপি"); // the account's language: Bengali

        MockHttpServletRequest request = new MockHttpServletRequest();
        String before = request.getSession(true).getId();
        OtpService.CodeSignIn result = signInWith(mobile, code, null, request);
        assertThat(result.signedIn()).isNotNull();
        assertThat(result.signedIn().id()).isEqualTo(group);
        assertThat(request.getSession(false).getId()).isNotEqualTo(before);
        SecurityContext context = (SecurityContext) request.getSession(false)
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((HaatPrincipal) context.getAuthentication().getPrincipal()).username())
                .isEqualTo("g" + group);
        // used: the same code does not sign in twice
        assertThat(refusal(() -> signInWith(mobile, code, null, new MockHttpServletRequest()))
                        .errors())
                .containsExactly("otp.error.used");
    }

    @Test
    void anImportedGroupSignsInWithACodeToo() {
        String mobile = GroupRegistryTest.newMobile();
        String name = unique("Imported Gosthi ");
        String file =
                "name,municipality,ward,members,leader_name,phone\n" + name + ",Bally,4,12,Sima Roy," + mobile + "\n";
        var report = accounts.as(
                accounts.officer(Set.of(municipality("Bally"))),
                () -> importer.importCsv(
                        new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "paper.csv"));
        assertThat(report.imported()).as(report.toString()).isEqualTo(1);
        long group = dsl.select(SHG_GROUP.ID)
                .from(SHG_GROUP)
                .where(SHG_GROUP.NAME.eq(name))
                .fetchSingle(SHG_GROUP.ID);
        assertThat(accountOf(group).getUsername()).isEqualTo("g" + group);
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.10", "en");
        assertThat(signInWith(mobile, codeSentTo(mobile, 1), null, new MockHttpServletRequest())
                        .signedIn()
                        .id())
                .isEqualTo(group);
    }

    @Test
    void theCodeIsMaskedInTheOutboxOnceSentAndTheSmsKeepsItInLatinDigits() {
        String mobile = GroupRegistryTest.newMobile();
        paperGroup(mobile);
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.2", "bn");
        String code = codeSentTo(mobile, 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dsl.fetchExists(
                        MAIL_OUTBOX,
                        MAIL_OUTBOX
                                .RECIPIENT
                                .eq(mobile)
                                .and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.ONE_TIME_CODE))
                                .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENT))));
        var row = dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(mobile).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.ONE_TIME_CODE)))
                .fetchSingle();
        assertThat(row.getSmsText()).contains("******").doesNotContain(code);
        assertThat(row.getModel()).doesNotContain(code);
        assertThat(row.getExpiresAt()).isAfter(OffsetDateTime.now().plusMinutes(9));
        // what the admin's Messages view shows of it
        signInAs(accounts.admin());
        navigate("admin/messages");
        setAsUser(_get(TextField.class, s -> s.withId("messages-search")), mobile);
        _clickItem(_get(Grid.class, s -> s.withId("messages-grid")), 0);
        assertThat(_get(Pre.class, s -> s.withId("message-sms-text")).getText())
                .contains("******")
                .doesNotContain(code);
        assertThat(_get(Dialog.class, s -> s.withId("message-details"))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain(code);
        // the code table keeps a hash, never the code
        assertThat(dsl.select(ONE_TIME_CODE.CODE_HASH)
                        .from(ONE_TIME_CODE)
                        .where(ONE_TIME_CODE.MOBILE.eq(mobile))
                        .fetchSingle(ONE_TIME_CODE.CODE_HASH))
                .hasSize(64)
                .doesNotContain(code);
    }

    @Test
    void aCodeTypedWrongFiveTimesIsDeadAndTheSixthTryFailsEvenWithTheRightCode() {
        String mobile = GroupRegistryTest.newMobile();
        long group = paperGroup(mobile);
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.3", "en");
        String code = codeSentTo(mobile, 1);
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal(() -> signInWith(mobile, wrongCode(code), null, new MockHttpServletRequest()))
                            .errors())
                    .as("try " + i)
                    .containsExactly("otp.error.wrongCode");
        }
        assertThat(refusal(() -> signInWith(mobile, wrongCode(code), null, new MockHttpServletRequest()))
                        .errors())
                .containsExactly("otp.error.tooManyTries");
        assertThat(refusal(() -> signInWith(mobile, code, null, new MockHttpServletRequest()))
                        .errors())
                .containsExactly("otp.error.tooManyTries");
        // the password lock-out knows nothing of it
        AppUserRecord account = accountOf(group);
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isNull();
    }

    @Test
    void wrongPasswordsLockThePasswordButNotTheCode() {
        String mobile = GroupRegistryTest.newMobile();
        long bally = municipality("Bally");
        registrations.register(form(unique("Self Gosthi "), bally, mobile)); // username = the number, a password
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> passwords.authenticate(new UsernamePasswordAuthenticationToken(mobile, "wrong!!")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(dsl.select(APP_USER.LOCKED_UNTIL)
                        .from(APP_USER)
                        .where(APP_USER.USERNAME.eq(mobile))
                        .fetchSingle(APP_USER.LOCKED_UNTIL))
                .isAfter(OffsetDateTime.now());
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.4", "en");
        assertThat(signInWith(mobile, codeSentTo(mobile, 1), null, new MockHttpServletRequest())
                        .signedIn())
                .isNotNull();
    }

    @Test
    void anExpiredCodeIsRefusedAndItsSmsIsNeverSentLate() {
        String mobile = GroupRegistryTest.newMobile();
        paperGroup(mobile);
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.5", "en");
        String code = codeSentTo(mobile, 1);
        dsl.update(ONE_TIME_CODE)
                .set(ONE_TIME_CODE.EXPIRES_AT, OffsetDateTime.now().minusSeconds(1))
                .where(ONE_TIME_CODE.MOBILE.eq(mobile))
                .execute();
        assertThat(refusal(() -> signInWith(mobile, code, null, new MockHttpServletRequest()))
                        .errors())
                .containsExactly("otp.error.expired");

        // an SMS whose code expired while it waited (SMSC down, say) fails instead of going
        String late = GroupRegistryTest.newMobile();
        long id = transaction.execute(status -> outbox.smsTo(
                MessageType.ONE_TIME_CODE,
                late,
                null,
                null,
                "en",
                Map.of("code", "123456", "minutes", 10),
                OffsetDateTime.now().minusSeconds(1)));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> dsl.select(MAIL_OUTBOX.STATUS)
                                .from(MAIL_OUTBOX)
                                .where(MAIL_OUTBOX.ID.eq(id))
                                .fetchSingle(MAIL_OUTBOX.STATUS)
                        == OutboxStatus.FAILED);
        assertThat(smsTo(late)).isEmpty();
        assertThat(dsl.select(MAIL_OUTBOX.LAST_ERROR)
                        .from(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX.ID.eq(id))
                        .fetchSingle(MAIL_OUTBOX.LAST_ERROR))
                .contains("Expired");
    }

    @Test
    void aCodeForOnePurposeDoesNotWorkForAnother() {
        String mobile = GroupRegistryTest.newMobile();
        paperGroup(mobile);
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.6", "en");
        String signInCode = codeSentTo(mobile, 1);
        assertThat(refusal(() -> otp.verifyReset(mobile, signInCode, null)).errors())
                .containsExactly("otp.error.noCode");
        otp.request(mobile, OtpPurpose.RESET, "10.0.0.6", "en");
        String resetCode = codeSentTo(mobile, 2);
        if (!resetCode.equals(signInCode)) {
            assertThat(refusal(() -> otp.verifyReset(mobile, signInCode, null)).errors())
                    .containsExactly("otp.error.wrongCode");
        }
        assertThat(refusal(() -> otp.verifySignUpCode(mobile, resetCode, "10.0.0.6"))
                        .errors())
                .containsExactly("otp.error.noCode");
        // the sign-in code still works for sign-in
        assertThat(signInWith(mobile, signInCode, null, new MockHttpServletRequest())
                        .signedIn())
                .isNotNull();
    }

    @Test
    void bengaliDigitsTypedBackAreAcceptedAndAResetCodeSetsAPasswordOnce() {
        String mobile = GroupRegistryTest.newMobile();
        long group = paperGroup(mobile);
        otp.request(mobile, OtpPurpose.RESET, "10.0.0.7", "bn");
        String bengali = Formats.bengaliDigits(codeSentTo(mobile, 1));
        assertThat(bengali).matches("[০-৯]{6}");
        OtpService.ResetGrant grant = otp.verifyReset(mobile, " " + bengali + " ", null);
        assertThat(grant.ticket()).isNotNull();
        assertThat(grant.group().id()).isEqualTo(group);
        assertThat(refusal(() -> otp.resetPassword(grant.ticket(), "short")).errors())
                .containsExactly("user.error.passwordShort");
        String username = otp.resetPassword(grant.ticket(), "new-password-1");
        assertThat(username).isEqualTo("g" + group);
        assertThat(passwords
                        .authenticate(new UsernamePasswordAuthenticationToken(username, "new-password-1"))
                        .isAuthenticated())
                .isTrue();
        // the ticket worked once
        assertThat(refusal(() -> otp.resetPassword(grant.ticket(), "another-password"))
                        .errors())
                .containsExactly("otp.error.ticket");
    }

    @Test
    void aNumberWithoutAnAccountGetsNoSmsAndItsCheckFailsLikeAWrongCode() {
        String stranger = GroupRegistryTest.newMobile();
        otp.request(stranger, OtpPurpose.SIGNIN, "10.0.0.8", "en");
        otp.request(stranger, OtpPurpose.RESET, "10.0.0.8", "en");
        // a known number's code arrives meanwhile, so the dispatcher did run
        String known = GroupRegistryTest.newMobile();
        paperGroup(known);
        otp.request(known, OtpPurpose.SIGNIN, "10.0.0.8", "en");
        codeSentTo(known, 1);
        assertThat(smsTo(stranger)).isEmpty();
        assertThat(refusal(() -> signInWith(stranger, "123456", null, new MockHttpServletRequest()))
                        .errors())
                .containsExactly("otp.error.wrongCode");
        assertThat(refusal(() -> otp.verifyReset(stranger, "123456", null)).errors())
                .containsExactly("otp.error.wrongCode");
    }

    @Test
    void codesAskedForInALoopAreCappedPerNumberAndPerAddressAndResentOnlyAfterAMinute() {
        String mobile = GroupRegistryTest.newMobile();
        paperGroup(mobile);
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.1.1", "en");
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.1.1", "en"); // within the minute: nothing new
        assertThat(dsl.fetchCount(ONE_TIME_CODE, ONE_TIME_CODE.MOBILE.eq(mobile)))
                .isEqualTo(1);
        for (int i = 0; i < 8; i++) {
            age(mobile, 61);
            otp.request(mobile, OtpPurpose.SIGNIN, "10.0.1." + (i + 2), "en");
        }
        assertThat(dsl.fetchCount(ONE_TIME_CODE, ONE_TIME_CODE.MOBILE.eq(mobile)))
                .as("5 codes a day to one number")
                .isEqualTo(5);
        await().atMost(Duration.ofSeconds(20)).until(() -> smsTo(mobile).size() == 5);

        // one address asking for many numbers
        String address = "10.9." + System.nanoTime() % 250 + "." + System.nanoTime() % 250;
        for (int i = 0; i < 40; i++) {
            otp.request(GroupRegistryTest.newMobile(), OtpPurpose.SIGNIN, address, "en");
        }
        assertThat(dsl.fetchCount(ONE_TIME_CODE, ONE_TIME_CODE.CLIENT_ADDRESS.eq(address)))
                .as("per-address cap")
                .isEqualTo(30);
    }

    @Test
    void aNumberOfTwoGroupsLetsThePersonPickWithoutUsingTheCode() {
        String mobile = GroupRegistryTest.newMobile();
        long first = paperGroup(mobile);
        long second = paperGroup(mobile);
        otp.request(mobile, OtpPurpose.SIGNIN, "10.0.0.9", "en");
        String code = codeSentTo(mobile, 1);
        OtpService.CodeSignIn choice = signInWith(mobile, code, null, new MockHttpServletRequest());
        assertThat(choice.signedIn()).isNull();
        assertThat(choice.choices()).extracting(OtpService.GroupChoice::id).containsExactly(first, second);
        assertThat(refusal(() -> signInWith(mobile, code, 1L, new MockHttpServletRequest()))
                        .errors())
                .containsExactly("otp.error.group");
        assertThat(signInWith(mobile, code, second, new MockHttpServletRequest())
                        .signedIn()
                        .id())
                .isEqualTo(second);
    }

    @Test
    void signUpNeedsTheNumberVerifiedByCodeAndARegisteredNumberGetsNoCodeButItsGroupIsTold() {
        long bally = municipality("Bally");
        String fresh = GroupRegistryTest.newMobile();
        SignUpForm form = form(unique("New Gosthi "), bally, fresh);
        assertThat(refusal(() -> signUps.signUp(form, null)).errors()).containsExactly("otp.error.numberNotVerified");

        otp.sendSignUpCode(fresh, "bn", "10.0.2.1");
        String ticket = otp.verifySignUpCode(fresh, codeSentTo(fresh, 1), "10.0.2.1");
        // a ticket for another number does not do
        String other = GroupRegistryTest.newMobile();
        assertThat(refusal(() -> signUps.signUp(form(unique("Other "), bally, other), ticket))
                        .errors())
                .containsExactly("otp.error.numberNotVerified");
        signUps.signUp(form, ticket);
        assertThat(dsl.fetchCount(SHG_GROUP, SHG_GROUP.PHONE.eq(fresh))).isEqualTo(1);

        // the same number again (a minute later): no code, the same (empty) answer, and its group is told by SMS
        age(fresh, 61);
        otp.sendSignUpCode(fresh, "bn", "10.0.2.2");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> dsl.fetchExists(
                        MAIL_OUTBOX,
                        MAIL_OUTBOX
                                .RECIPIENT
                                .eq(fresh)
                                .and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.SIGNUP_NUMBER_IN_USE))
                                .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENT))));
        assertThat(smsTo(fresh)).hasSize(2);
        assertThat(smsTo(fresh).get(1).text()).doesNotContainPattern("^[0-9]{6} ");
        assertThat(refusal(() -> otp.verifySignUpCode(fresh, "000000", "10.0.2.2"))
                        .errors())
                .containsExactly("otp.error.wrongCode");

        // a landline is refused clearly on the sign-up form, silently on the plain request
        assertThat(refusal(() -> otp.sendSignUpCode("033 2345 6789", "bn", "10.0.2.3"))
                        .errors())
                .containsExactly("group.error.mobile");
        otp.request("033 2345 6789", OtpPurpose.SIGNUP, "10.0.2.3", "bn");
        assertThat(dsl.fetchCount(ONE_TIME_CODE, ONE_TIME_CODE.CLIENT_ADDRESS.eq("10.0.2.3")))
                .isZero();
    }

    @Test
    void theLeaderMovesTheGroupToANewNumberWithACodeSentThere() {
        long bally = municipality("Bally");
        String old = GroupRegistryTest.newMobile();
        long group = registrations.register(form(unique("Moving Gosthi "), bally, old));
        String fresh = GroupRegistryTest.newMobile();
        accounts.as(old, () -> otp.request(fresh, OtpPurpose.CHANGE_NUMBER, "10.0.3.1", "en"));
        String code = codeSentTo(fresh, 1);
        // another account cannot use it
        String intruder = GroupRegistryTest.newMobile();
        registrations.register(form(unique("Intruder "), bally, intruder));
        assertThat(accounts.as(intruder, () -> refusal(() -> otp.changeNumber(fresh, code)))
                        .errors())
                .containsExactly("otp.error.wrongCode");

        assertThat(accounts.as(old, () -> otp.changeNumber(fresh, code))).isEqualTo(fresh);
        assertThat(dsl.select(SHG_GROUP.PHONE)
                        .from(SHG_GROUP)
                        .where(SHG_GROUP.ID.eq(group))
                        .fetchSingle(SHG_GROUP.PHONE))
                .isEqualTo(fresh);
        assertThat(accountOf(group).getUsername()).isEqualTo(fresh);
        assertThat(dsl.fetchExists(
                        AUDIT_LOG, AUDIT_LOG.ENTITY_ID.eq(String.valueOf(group)).and(AUDIT_LOG.ACTION.eq("PHONE"))))
                .isTrue();
    }

    @Test
    void anOfficerChangesANumberOnlyInTheirOwnMunicipalities() {
        String mobile = GroupRegistryTest.newMobile();
        long group = paperGroup(mobile);
        String elsewhere = accounts.officer(Set.of(municipality("Kharagpur")));
        String fresh = GroupRegistryTest.newMobile();
        assertThatThrownBy(() -> accounts.as(elsewhere, () -> profiles.changeNumber(group, fresh)))
                .isInstanceOf(AccessDeniedException.class);
        String bally = accounts.officer(Set.of(municipality("Bally")));
        assertThat(refusal(() -> accounts.as(bally, () -> profiles.changeNumber(group, "033 2345 6789")))
                        .errors())
                .containsExactly("group.error.mobile");
        accounts.as(bally, () -> profiles.changeNumber(group, fresh));
        assertThat(dsl.select(SHG_GROUP.PHONE)
                        .from(SHG_GROUP)
                        .where(SHG_GROUP.ID.eq(group))
                        .fetchSingle(SHG_GROUP.PHONE))
                .isEqualTo(fresh);
        assertThat(dsl.select(AUDIT_LOG.ACTOR, AUDIT_LOG.OLD_VALUE)
                        .from(AUDIT_LOG)
                        .where(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(group)).and(AUDIT_LOG.ACTION.eq("PHONE")))
                        .fetch()
                        .map(r -> r.value1() + " " + r.value2()))
                .containsExactly(bally + " phone=" + mobile);
        // and the group now signs in with a code to the new number
        otp.request(fresh, OtpPurpose.SIGNIN, "10.0.3.2", "en");
        assertThat(signInWith(fresh, codeSentTo(fresh, 1), null, new MockHttpServletRequest())
                        .signedIn()
                        .id())
                .isEqualTo(group);
        assertThat(List.of(OneTimeCodes.latinDigits("১২৩ ৪৫৬"))).containsExactly("123456");
    }
}
