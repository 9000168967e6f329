package app.haat.core;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.core.i18n.Formats;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.SignUpForm;
import app.haat.mail.MessageType;
import app.haat.region.RegionService;
import app.haat.support.MailTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19 on the pages before sign-in, over real HTTP, with the codes read from what a real SMPP server (the
 * embedded SMSC) received: the sign-up verifies its number first, a paper group signs in with a code, a number of two
 * groups picks one, a group chooses a new password by code; none of it without the form's CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CodePagesTest extends MailTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    RegionService regions;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    DSLContext dsl;

    private PortalClient portal;

    @BeforeEach
    void client() {
        portal = new PortalClient(port, json);
    }

    private long bally() {
        return municipalityNamed("Bally");
    }

    /** A group an officer entered from paper: verified at once, with an account that has no password. */
    private long paperGroup(String mobile, String name) {
        long bally = bally();
        return accounts.as(
                accounts.officer(Set.of(bally)),
                () -> registrations.createVerified(
                        new SignUpForm(name, bally, "3", 10, "Rina Das", mobile, null, null, true, Set.of(), "bn"),
                        null));
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return portal.get(browser, path);
    }

    private String signUpForm(String members) {
        return "name=" + enc("মা মনসা স্বনির্ভর গোষ্ঠী " + System.nanoTime()) + "&municipality=" + bally() + "&ward="
                + enc("৭") + "&members=" + enc(members) + "&leader=" + enc("মনসা দাস")
                + "&password=leader-password&email=&category=FOOD&category=CRAFT&consent=yes";
    }

    /** Through the sign-up's first two steps: a code to the number, the code typed back. */
    private void verifyNumber(HttpClient browser, String typedMobile, String mobile) throws Exception {
        HttpResponse<String> sent = portal.postForm(browser, "/signup/code", "lang=bn&mobile=" + enc(typedMobile));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        HttpResponse<String> verified = portal.postForm(
                browser, "/signup/verify", "lang=bn&code=" + enc(Formats.bengaliDigits(codeSentTo(mobile, 1))));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(303);
    }

    @Test
    void theSignUpFormShowsOnlyAfterTheNumberIsVerifiedAndItsRefusalsStayUnderTheirFields() throws Exception {
        HttpClient browser = PortalClient.browser();
        String first = get(browser, "/signup?lang=bn").body();
        assertThat(first)
                .contains("id=\"verify-number-form\"", "inputmode=\"tel\"", "autocomplete=\"tel\"")
                .doesNotContain("id=\"signup-form\"", "<script", "VAADIN");
        // a landline and a nine-digit number are refused with the reason; nothing is sent
        for (String bad : new String[] {"০৩৩ ২৩৩৪ ৫৫৬৬", "৯৮৩০০১২৩৪"}) {
            HttpResponse<String> refused = portal.postForm(browser, "/signup/code", "lang=bn&mobile=" + enc(bad));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("৬, ৭, ৮ বা ৯ দিয়ে শুরু ১০ অঙ্কের মোবাইল নম্বর লিখুন।");
        }
        String mobile = GroupRegistryTest.newMobile();
        portal.postForm(browser, "/signup/code", "lang=bn&mobile=" + enc(Formats.bengaliDigits(mobile)));
        String waiting = get(browser, "/signup?sent").body();
        assertThat(waiting)
                .contains("id=\"verify-code-form\"", "autocomplete=\"one-time-code\"", Formats.bengaliDigits(mobile))
                .doesNotContain("id=\"signup-form\"");
        String code = codeSentTo(mobile, 1);
        HttpResponse<String> wrongCode = portal.postForm(browser, "/signup/verify", "lang=bn&code=" + wrongCode(code));
        assertThat(wrongCode.statusCode()).isEqualTo(422);
        assertThat(wrongCode.body()).contains("কোডটি ঠিক নয়");
        portal.postForm(browser, "/signup/verify", "lang=bn&code=" + code);
        String form = get(browser, "/signup").body();
        assertThat(form)
                .contains("id=\"signup-verified\"", Formats.bengaliDigits(mobile), "id=\"signup-form\"")
                .contains("inputmode=\"numeric\"", "name=\"category\"");

        HttpResponse<String> refused = portal.postForm(
                browser,
                "/signup",
                "lang=bn&name=&municipality=&ward=" + enc("৭") + "&members=" + enc("২০০") + "&leader=" + enc("রিনা")
                        + "&password=short&email=not-an-address");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"signup-errors\"")
                .contains("id=\"name-error\"", "id=\"municipality-error\"", "id=\"members-error\"")
                .contains("id=\"password-error\"", "id=\"email-error\"", "id=\"consent-error\"")
                .doesNotContain("id=\"ward-error\"", "id=\"leader-error\"", "id=\"mobile-error\"")
                // what was typed stays, but never the password
                .contains("value=\"রিনা\"", "value=\"২০০\"")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void aSignUpInBengaliDigitsRegistersTheGroupWhichSignsInWithItsNumber() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        HttpClient browser = PortalClient.browser();
        verifyNumber(browser, Formats.bengaliDigits(mobile), mobile);
        HttpResponse<String> done = portal.postForm(browser, "/signup", signUpForm("১২"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/signup?done");
        assertThat(get(browser, "/signup?done").body())
                .contains("id=\"signup-done\"", Formats.bengaliDigits(mobile), "গোষ্ঠী নথিভুক্ত হয়েছে")
                .doesNotContain("id=\"signup-form\"");
        assertThat(dsl.select(SHG_GROUP.MEMBER_COUNT)
                        .from(SHG_GROUP)
                        .where(SHG_GROUP.PHONE.eq(mobile))
                        .fetchOne(SHG_GROUP.MEMBER_COUNT))
                .isEqualTo(12);
        assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.eq(mobile))).isOne();
        // the verification was for one sign-up: the next needs a new code
        assertThat(portal.postForm(browser, "/signup", signUpForm("10")).body()).contains("id=\"verify-number-form\"");
        HttpClient phone = PortalClient.browser();
        HttpResponse<String> signIn = portal.postForm(
                phone, "/login", "username=" + enc(Formats.bengaliDigits(mobile)) + "&password=leader-password");
        assertThat(signIn.headers().firstValue("Location")).hasValue(portal.base() + "/");
        portal.assertSignedIn(phone, "/my-group");
    }

    @Test
    void aTakenNumberGetsTheSameAnswerNoCodeAndItsGroupIsTold() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        long holder = paperGroup(mobile, unique("Holder Gosthi "));
        String fresh = GroupRegistryTest.newMobile();

        HttpClient stranger = PortalClient.browser();
        HttpResponse<String> taken = portal.postForm(stranger, "/signup/code", "lang=en&mobile=" + mobile);
        HttpClient newcomer = PortalClient.browser();
        HttpResponse<String> free = portal.postForm(newcomer, "/signup/code", "lang=en&mobile=" + fresh);
        assertThat(taken.statusCode()).isEqualTo(free.statusCode()).isEqualTo(303);
        assertThat(taken.headers().firstValue("Location"))
                .isEqualTo(free.headers().firstValue("Location"));
        assertThat(withoutTokenAndNumber(get(stranger, "/signup?sent").body(), mobile))
                .isEqualTo(withoutTokenAndNumber(get(newcomer, "/signup?sent").body(), fresh));
        codeSentTo(fresh, 1); // the new number got its code
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dsl.fetchCount(
                                MAIL_OUTBOX,
                                MAIL_OUTBOX
                                        .GROUP_ID
                                        .eq(holder)
                                        .and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.SIGNUP_NUMBER_IN_USE)))
                        == 1);
        assertThat(smsTo(mobile))
                .noneMatch(sms -> CODE_IN_SMS.matcher(sms.text()).find());
        // without a code, nothing can be registered with the number
        assertThat(portal.postForm(stranger, "/signup/verify", "code=123456").statusCode())
                .isEqualTo(422);
        assertThat(portal.postForm(stranger, "/signup", signUpForm("10")).body())
                .doesNotContain("id=\"signup-done\"");
        assertThat(dsl.fetchCount(SHG_GROUP, SHG_GROUP.PHONE.eq(mobile))).isOne();
    }

    @Test
    void aPaperGroupSignsInWithACodeTypedInBengaliDigits() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        paperGroup(mobile, unique("Paper Gosthi "));
        HttpClient phone = PortalClient.browser();
        assertThat(get(phone, "/login?lang=bn").body())
                .contains("id=\"code-signin-link\"", "href=\"/login/code?lang=bn\"");
        assertThat(get(phone, "/login/code").body())
                .contains("id=\"code-number-form\"")
                .doesNotContain("<script");

        HttpResponse<String> sent =
                portal.postForm(phone, "/login/code/send", "lang=bn&mobile=" + enc(Formats.bengaliDigits(mobile)));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(get(phone, "/login/code?sent").body())
                .contains("id=\"code-form\"", "id=\"code-sent\"", Formats.bengaliDigits(mobile));
        String code = codeSentTo(mobile, 1);
        HttpResponse<String> wrongCode = portal.postForm(phone, "/login/code", "code=" + wrongCode(code));
        assertThat(wrongCode.statusCode()).isEqualTo(422);
        assertThat(wrongCode.body()).contains("id=\"code-errors\"");
        portal.assertSentToSignIn(phone, "/my-group");

        HttpResponse<String> in = portal.postForm(phone, "/login/code", "code=" + enc(Formats.bengaliDigits(code)));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/");
        portal.assertSignedIn(phone, "/my-group");
    }

    @Test
    void aNumberOfTwoGroupsSignsInToTheOneThePersonPicks() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        long first = paperGroup(mobile, unique("First Gosthi "));
        long second = paperGroup(mobile, unique("Second Gosthi "));
        HttpClient phone = PortalClient.browser();
        portal.postForm(phone, "/login/code/send", "mobile=" + mobile);
        String code = codeSentTo(mobile, 1);
        HttpResponse<String> choose = portal.postForm(phone, "/login/code", "code=" + code);
        assertThat(choose.statusCode()).isEqualTo(200);
        assertThat(choose.body())
                .contains("id=\"code-choose-form\"", "value=\"" + first + "\"", "value=\"" + second + "\"");
        portal.assertSentToSignIn(phone, "/my-group");
        HttpResponse<String> in = portal.postForm(phone, "/login/code", "code=" + code + "&group=" + second);
        assertThat(in.statusCode()).isEqualTo(303);
        portal.assertSignedIn(phone, "/my-group");
        // the session belongs to the second group's account, as the audit log says
        long secondAccount = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.GROUP_ID.eq(second))
                .fetchSingle(APP_USER.ID);
        long firstAccount = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.GROUP_ID.eq(first))
                .fetchSingle(APP_USER.ID);
        assertThat(signIns(secondAccount)).isOne();
        assertThat(signIns(firstAccount)).isZero();
    }

    private int signIns(long accountId) {
        return dsl.fetchCount(
                app.haat.db.Tables.AUDIT_LOG,
                app.haat.db.Tables.AUDIT_LOG
                        .ENTITY_ID
                        .eq(String.valueOf(accountId))
                        .and(app.haat.db.Tables.AUDIT_LOG.ACTION.eq("SIGN_IN")));
    }

    @Test
    void aGroupChoosesANewPasswordWithACodeAndSignsInWithIt() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        long group = paperGroup(mobile, unique("Reset Gosthi "));
        HttpClient phone = PortalClient.browser();
        assertThat(get(phone, "/forgot-password?lang=en").body()).contains("id=\"code-reset-link\"");
        portal.postForm(phone, "/reset/code/send", "lang=en&mobile=" + mobile);
        String code = codeSentTo(mobile, 1);
        HttpResponse<String> granted = portal.postForm(phone, "/reset/code", "code=" + code);
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(granted.body()).contains("id=\"code-password-form\"");
        HttpResponse<String> mismatch =
                portal.postForm(phone, "/reset/code/password", "password=long-enough-2&repeat=long-enough-3");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        HttpResponse<String> done =
                portal.postForm(phone, "/reset/code/password", "password=long-enough-2&repeat=long-enough-2");
        assertThat(done.statusCode()).isEqualTo(200);
        String username = "g" + group;
        assertThat(done.body()).contains("id=\"code-done\"", username);
        // the ticket worked once
        assertThat(portal.postForm(phone, "/reset/code/password", "password=long-enough-4&repeat=long-enough-4")
                        .statusCode())
                .isEqualTo(303);
        HttpClient again = PortalClient.browser();
        portal.signIn(again, username, "long-enough-2");
        portal.assertSignedIn(again, "/my-group");
    }

    @Test
    void theCodeFormsRefuseAPostWithoutItsToken() throws Exception {
        HttpClient browser = PortalClient.browser();
        get(browser, "/login/code");
        for (String path : new String[] {"/login/code/send", "/login/code", "/reset/code/send", "/signup/code"}) {
            HttpResponse<String> refused = browser.send(
                    HttpRequest.newBuilder(URI.create(portal.base() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("mobile=9830012345&code=123456"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String withoutTokenAndNumber(String page, String mobile) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replace(mobile, "N");
    }
}
