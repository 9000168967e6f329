package app.haat.core;

import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.security.Role;
import app.haat.group.GroupRegistryTest;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server-rendered pages before sign-in, over real HTTP as a phone's browser meets them: sign-in (right, wrong,
 * locked), sign-up (per-field refusals, Bengali digits, the same answer for a taken number), forgot and reset
 * password, both languages, and no form accepted without its CSRF token.
 */
// A fresh context, for the reason given on ApiTest.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    private PortalClient portal;

    @BeforeEach
    void client() {
        portal = new PortalClient(port, json);
    }

    private HttpResponse<String> get(HttpClient browser, String path, String language) throws Exception {
        return portal.get(browser, path, "Accept-Language", language);
    }

    @Test
    void theSignInPageSpeaksTheVisitorsLanguageAndLoadsNoVaadin() throws Exception {
        HttpResponse<String> english = get(PortalClient.browser(), "/login", "en-US,en;q=0.9");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body())
                .contains("<html lang=\"en\"", "<title>Sign in · Haat</title>", "Forgot password?")
                .contains("action=\"/login\"", "name=\"_csrf\"", "id=\"language-switch\"", "বাংলা")
                .doesNotContain("VAADIN", "<script", "<link rel=\"stylesheet\"", "id=\"demo-hint\"");
        assertThat(english.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));

        HttpResponse<String> bengali = get(PortalClient.browser(), "/login", "bn-IN,bn;q=0.9,en;q=0.5");
        assertThat(bengali.body())
                .contains("<html lang=\"bn\"", "<title>সাইন ইন · হাট</title>", "পাসওয়ার্ড ভুলে গেছেন?")
                .contains(">English</a>")
                .doesNotContain("Forgot password?");

        // ?lang= wins over the browser and is remembered for the next page
        HttpClient browser = PortalClient.browser();
        assertThat(get(browser, "/login?lang=bn", "en").body()).contains("<html lang=\"bn\"");
        assertThat(get(browser, "/signup", "en").body()).contains("আপনার স্বনির্ভর গোষ্ঠী নথিভুক্ত করুন");
        assertThat(get(browser, "/forgot-password?lang=en", "bn").body()).contains("<html lang=\"en\"");
        assertThat(get(browser, "/login", "bn").body()).contains("<html lang=\"en\"");
    }

    @Test
    void aRightPasswordSignsInAndLandsOnTheHomeView() throws Exception {
        HttpClient browser = PortalClient.browser();
        portal.assertSentToSignIn(browser, "/");
        HttpResponse<String> posted = portal.postForm(
                browser, "/login", "username=" + accounts.staff() + "&password=" + TestAccounts.PASSWORD);
        assertThat(posted.statusCode()).isEqualTo(302);
        // back to the page that sent the browser to sign in, as Spring Security's request cache marks it
        assertThat(posted.headers().firstValue("Location")).hasValue(portal.base() + "/?continue");
        portal.assertSignedIn(browser, "/");
        // a signed-in browser gets the Vaadin application
        assertThat(portal.get(browser, "/").body()).contains("VAADIN");
    }

    @Test
    void aWrongPasswordComesBackWithTheOneMessageForEveryFailure() throws Exception {
        HttpClient browser = PortalClient.browser();
        HttpResponse<String> posted =
                portal.postForm(browser, "/login", "username=" + accounts.staff() + "&password=not-the-password");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValue(portal.base() + "/login?error");
        assertThat(get(browser, "/login?error", "bn").body())
                .contains("id=\"login-error\"", "সাইন ইন হল না")
                .contains("পরপর ৫ বার ভুল হলে অ্যাকাউন্ট ১৫ মিনিটের জন্য বন্ধ থাকে।");
        portal.assertSentToSignIn(browser, "/");
        // an unknown user gets exactly the same answer
        HttpClient other = PortalClient.browser();
        HttpResponse<String> unknown =
                portal.postForm(other, "/login", "username=nobody-" + unique("x") + "&password=whatever-1");
        assertThat(unknown.headers().firstValue("Location")).hasValue(portal.base() + "/login?error");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithTheSameMessage() throws Exception {
        String user = accounts.create(Role.CENTRE_STAFF, Set.of());
        HttpClient browser = PortalClient.browser();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong =
                    portal.postForm(browser, "/login", "username=" + user + "&password=wrong-" + i);
            assertThat(wrong.headers().firstValue("Location")).hasValue(portal.base() + "/login?error");
        }
        HttpResponse<String> right =
                portal.postForm(browser, "/login", "username=" + user + "&password=" + TestAccounts.PASSWORD);
        assertThat(right.headers().firstValue("Location")).hasValue(portal.base() + "/login?error");
        assertThat(get(browser, "/login?error", "en").body())
                .contains("After 5 failed attempts an account is locked for 15 minutes.");
        portal.assertSentToSignIn(browser, "/");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        HttpClient browser = PortalClient.browser();
        get(browser, "/login", "en"); // a session with a token, which the post does not send
        HttpResponse<String> signIn =
                post(browser, "/login", "username=" + accounts.staff() + "&password=" + TestAccounts.PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(403);
        // a page that says what to do (in Bengali: this request names no language)
        assertThat(signIn.body())
                .contains("id=\"form-expired\"", "পাতাটির মেয়াদ শেষ হয়েছে", "href=\"/login?lang=bn\"");
        portal.assertSentToSignIn(browser, "/");
        HttpResponse<String> wrongToken = post(
                browser,
                "/login",
                "username=" + accounts.staff() + "&password=" + TestAccounts.PASSWORD + "&_csrf=made-up");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        portal.assertSentToSignIn(browser, "/");

        HttpResponse<String> signUp = post(browser, "/signup", signUpForm(mobile, "10"));
        assertThat(signUp.statusCode()).isEqualTo(403);
        assertThat(dsl.fetchCount(SHG_GROUP, SHG_GROUP.PHONE.eq(mobile))).isZero();
        assertThat(post(browser, "/forgot-password", "login=admin").statusCode())
                .isEqualTo(403);
        assertThat(post(browser, "/reset-password", "token=x&password=long-enough-1&repeat=long-enough-1")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void forgotPasswordAnswersTheSameForEveryoneAndTellsGroupsAboutTheCode() throws Exception {
        HttpClient browser = PortalClient.browser();
        String page = get(browser, "/forgot-password?lang=bn", "bn").body();
        assertThat(page)
                .contains("<title>পাসওয়ার্ড ভুলে গেছেন · হাট</title>", "id=\"code-reset-link\"", "এসএমএসের কোড")
                .doesNotContain("<script", "বাতিল");
        for (String login : new String[] {accounts.staff(), "nobody-" + unique("x")}) {
            HttpResponse<String> sent = portal.postForm(browser, "/forgot-password", "login=" + login);
            assertThat(sent.statusCode()).isEqualTo(303);
            assertThat(sent.headers().firstValue("Location")).hasValue("/forgot-password?sent");
        }
        assertThat(get(browser, "/forgot-password?sent", "bn").body())
                .contains("id=\"reset-answer\"", "লিঙ্কটি এক ঘণ্টা কাজ করবে");
    }

    @Test
    void theResetPageRefusesAnUnknownLinkAndTwoDifferentPasswords() throws Exception {
        HttpClient browser = PortalClient.browser();
        assertThat(get(browser, "/reset-password?token=not-a-token&lang=en", "en")
                        .body())
                .contains("id=\"reset-invalid\"", "This link is not valid any more")
                .doesNotContain("id=\"reset-password-form\"");
        HttpResponse<String> mismatch =
                portal.postForm(browser, "/reset-password", "token=x&password=long-enough-1&repeat=long-enough-2");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("id=\"repeat-error\"", "The two passwords differ.");
        HttpResponse<String> unknown =
                portal.postForm(browser, "/reset-password", "token=x&password=long-enough-1&repeat=long-enough-1");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"reset-invalid\"");
    }

    private String signUpForm(String mobile, String members) {
        long bally = municipalityNamed("Bally");
        return "name=" + enc("মা মনসা স্বনির্ভর গোষ্ঠী " + mobile) + "&municipality=" + bally + "&ward=" + enc("৭")
                + "&members=" + enc(members) + "&leader=" + enc("মনসা দাস") + "&mobile=" + enc(mobile)
                + "&password=leader-password&email=&category=FOOD&category=CRAFT&consent=yes";
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(portal.base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start));
    }
}
