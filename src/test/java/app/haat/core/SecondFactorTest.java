package app.haat.core;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.group.GroupRegistryTest;
import app.haat.support.ApiContract;
import app.haat.support.JsonRequests;
import app.haat.support.MailTest;
import app.haat.support.TestAccounts;
import app.haat.user.UserAccount;
import app.haat.user.UserForm;
import app.haat.user.UserService;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19: an admin may require a code by SMS after the password for admin accounts. Over real HTTP, the codes read
 * from what the embedded SMSC received: the switch's rules, a browser session that is not signed in until the code,
 * an API client that needs the ticket of a checked code, and what ends a ticket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorTest extends MailTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    private PortalClient portal;

    @BeforeEach
    void client() {
        portal = new PortalClient(port, json);
    }

    /** An admin account whose sign-in asks for a code, with its own new mobile number; answers the user name. */
    private String guardedAdmin(String mobile) {
        String username = unique("guarded-admin");
        accounts.as(
                accounts.admin(),
                () -> users.create(new UserForm(
                        username,
                        TestAccounts.PASSWORD,
                        "Guarded Admin",
                        "",
                        Role.STATE_ADMIN,
                        Set.of(),
                        "en",
                        Formats.bengaliDigits(mobile),
                        null,
                        null,
                        true)));
        return username;
    }

    private HttpResponse<String> call(String method, String path, String user, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = JsonRequests.request(method, portal.base() + path, body)
                .header("Content-Type", "application/json")
                .header("Authorization", JsonRequests.basic(user, TestAccounts.PASSWORD));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAnAdminAccountWithAMobileNumberCanAskForACode() throws Exception {
        String admin = accounts.admin();
        String officer = "{\"username\":\"" + unique("officer-2f") + "\",\"password\":\"" + TestAccounts.PASSWORD
                + "\",\"role\":\"MUNICIPAL_OFFICER\",\"municipalities\":[" + municipalityNamed("Bally")
                + "],\"language\":\"en\",\"mobile\":\"" + GroupRegistryTest.newMobile() + "\",\"secondFactor\":true}";
        HttpResponse<String> refused = call("POST", "/api/users", admin, officer);
        portal.assertProblem(refused, 400);
        assertThat(refused.body()).contains("Only admin accounts can ask for a code after the password.");

        String noMobile = "{\"username\":\"" + unique("admin-2f") + "\",\"password\":\"" + TestAccounts.PASSWORD
                + "\",\"role\":\"STATE_ADMIN\",\"language\":\"en\",\"secondFactor\":true}";
        HttpResponse<String> noNumber = call("POST", "/api/users", admin, noMobile);
        portal.assertProblem(noNumber, 400);
        assertThat(noNumber.body()).contains("A code after the password needs the account's mobile number.");

        String mobile = GroupRegistryTest.newMobile();
        String username = unique("admin-2f");
        String good = "{\"username\":\"" + username + "\",\"password\":\"" + TestAccounts.PASSWORD
                + "\",\"role\":\"STATE_ADMIN\",\"language\":\"en\",\"mobile\":\"" + Formats.bengaliDigits(mobile)
                + "\",\"secondFactor\":true}";
        HttpResponse<String> created = call("POST", "/api/users", admin, good);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(dsl.select(APP_USER.SECOND_FACTOR, APP_USER.MOBILE)
                        .from(APP_USER)
                        .where(APP_USER.USERNAME.eq(username))
                        .fetchOne()
                        .into(Object[].class))
                .containsExactly(true, mobile);

        // the database refuses it too, whatever path writes
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> dsl.update(APP_USER)
                        .set(APP_USER.MOBILE, (String) null)
                        .where(APP_USER.USERNAME.eq(username))
                        .execute()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aBrowserSessionIsNotSignedInUntilTheRightCode() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        String username = guardedAdmin(mobile);
        HttpClient browser = PortalClient.browser();
        HttpResponse<String> password =
                portal.postForm(browser, "/login", "username=" + username + "&password=" + TestAccounts.PASSWORD);
        assertThat(password.statusCode()).isEqualTo(302);

        // the next request finds the password's sign-in, takes it back and asks for the code
        HttpResponse<String> home = portal.get(browser, "/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");
        portal.assertSentToSignIn(browser, "/admin/users");
        String page = portal.get(browser, "/login/second-factor?lang=bn").body();
        assertThat(page)
                .contains("id=\"code-form\"", "autocomplete=\"one-time-code\"")
                .contains(Formats.bengaliDigits(mobile.substring(6)))
                .doesNotContain(mobile, "<script");

        String code = codeSentTo(mobile, 1);
        HttpResponse<String> wrongCode =
                portal.postForm(browser, "/login/second-factor", "lang=en&code=" + wrongCode(code));
        assertThat(wrongCode.statusCode()).isEqualTo(422);
        assertThat(wrongCode.body()).contains("id=\"code-errors\"");
        portal.assertSentToSignIn(browser, "/admin/users");

        HttpResponse<String> right =
                portal.postForm(browser, "/login/second-factor", "lang=bn&code=" + enc(Formats.bengaliDigits(code)));
        assertThat(right.statusCode()).as(right.body()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/");
        portal.assertSignedIn(browser, "/admin/users");
        assertThat(dsl.fetchCount(
                        AUDIT_LOG,
                        AUDIT_LOG
                                .ACTOR
                                .eq(username)
                                .and(AUDIT_LOG.ACTION.eq("SIGN_IN"))
                                .and(AUDIT_LOG.NEW_VALUE.eq("password and SMS code"))))
                .isOne();
        // the code worked once: the page has nothing more to ask
        assertThat(portal.get(browser, "/login/second-factor").statusCode()).isEqualTo(303);
    }

    @Test
    void aWaitingSessionCanGoBackToThePasswordAndAStrangerReachesNoCodePage() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        String username = guardedAdmin(mobile);
        HttpClient browser = PortalClient.browser();
        portal.postForm(browser, "/login", "username=" + username + "&password=" + TestAccounts.PASSWORD);
        portal.get(browser, "/");
        String code = codeSentTo(mobile, 1);
        HttpResponse<String> back = portal.postForm(browser, "/login/second-factor/restart", "");
        assertThat(back.headers().firstValue("Location")).hasValue("/login");
        // the code of the abandoned attempt opens nothing now
        HttpResponse<String> late = portal.postForm(browser, "/login/second-factor", "code=" + code);
        assertThat(late.statusCode()).isEqualTo(303);
        assertThat(late.headers().firstValue("Location")).hasValue("/login");
        portal.assertSentToSignIn(browser, "/admin/users");

        HttpClient stranger = PortalClient.browser();
        assertThat(portal.get(stranger, "/login/second-factor").headers().firstValue("Location"))
                .hasValue("/login");
        // without the form's CSRF token nothing is checked
        HttpResponse<String> forged = stranger.send(
                HttpRequest.newBuilder(URI.create(portal.base() + "/login/second-factor"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("code=" + code))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isNotEqualTo(303);
    }

    @Test
    void anApiCallNeedsTheTicketOfACheckedCodeUntilThePasswordChanges() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        String username = guardedAdmin(mobile);
        HttpResponse<String> bare = call("GET", "/api/account", username, null);
        portal.assertProblem(bare, 401);
        assertThat(bare.body()).contains("SECOND_FACTOR", "X-Haat-Second-Factor");

        // a stranger naming the admin's number gets the same answer, and no code is made for it
        HttpResponse<String> anonymous = api.send(
                HttpRequest.newBuilder(URI.create(portal.base() + "/api/otp"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"mobile\":\"" + mobile + "\",\"purpose\":\"SECOND_FACTOR\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(202);
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(mobile)))
                .isZero();

        // with the password, the code goes to the account's own number, whatever number is given
        String other = GroupRegistryTest.newMobile();
        HttpResponse<String> asked =
                call("POST", "/api/otp", username, "{\"mobile\":\"" + other + "\",\"purpose\":\"SECOND_FACTOR\"}");
        assertThat(asked.statusCode()).isEqualTo(202);
        String code = codeSentTo(mobile, 1);
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(other))).isZero();

        HttpResponse<String> wrongCode = call(
                "POST",
                "/api/otp/verify",
                username,
                "{\"purpose\":\"SECOND_FACTOR\",\"code\":\"" + wrongCode(code) + "\"}");
        portal.assertProblem(wrongCode, 400);
        HttpResponse<String> verified =
                call("POST", "/api/otp/verify", username, "{\"purpose\":\"SECOND_FACTOR\",\"code\":\"" + code + "\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonNode granted = portal.json(verified);
        String ticket = granted.get("ticket").asText();
        assertThat(granted.get("validUntil").asText()).isNotBlank();

        HttpResponse<String> mine = call("GET", "/api/account", username, null, "X-Haat-Second-Factor", ticket);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(portal.json(mine).get("username").asText()).isEqualTo(username);
        String tampered = ticket.substring(0, ticket.length() - 2) + (ticket.endsWith("A") ? "BB" : "AA");
        portal.assertProblem(call("GET", "/api/account", username, null, "X-Haat-Second-Factor", tampered), 401);

        // another guarded admin cannot use this ticket, and an officer never needs one
        String otherAdmin = guardedAdmin(GroupRegistryTest.newMobile());
        portal.assertProblem(call("GET", "/api/account", otherAdmin, null, "X-Haat-Second-Factor", ticket), 401);
        assertThat(call("GET", "/api/account", accounts.officer(Set.of(municipalityNamed("Bally"))), null)
                        .statusCode())
                .isEqualTo(200);

        // a new password (set by another admin) ends the ticket
        long id = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOne(APP_USER.ID);
        String newPassword = accounts.as(accounts.admin(), () -> users.resetPassword(id));
        HttpRequest afterReset = HttpRequest.newBuilder(URI.create(portal.base() + "/api/account"))
                .header("Accept", "application/json")
                .header("Authorization", JsonRequests.basic(username, newPassword))
                .header("X-Haat-Second-Factor", ticket)
                .GET()
                .build();
        portal.assertProblem(api.send(afterReset, HttpResponse.BodyHandlers.ofString()), 401);
    }

    @Test
    void switchingTheCodeOnForAnotherAdminEndsItsOpenSessions() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        String username = accounts.admin();
        HttpClient browser = PortalClient.browser();
        portal.signIn(browser, username, TestAccounts.PASSWORD);
        portal.assertSignedIn(browser, "/admin/users");

        String boss = accounts.admin();
        UserAccount account = accounts.as(
                boss,
                () -> users.list().stream()
                        .filter(u -> u.username().equals(username))
                        .findFirst()
                        .orElseThrow());
        accounts.as(
                boss,
                () -> users.update(
                        account.id(),
                        account.version(),
                        new UserForm(
                                username,
                                "",
                                account.displayName(),
                                "",
                                Role.STATE_ADMIN,
                                Set.of(),
                                "en",
                                mobile,
                                null,
                                null,
                                true)));
        portal.assertSentToSignIn(browser, "/admin/users");
        // signing in again asks for the code
        portal.postForm(browser, "/login", "username=" + username + "&password=" + TestAccounts.PASSWORD);
        assertThat(portal.get(browser, "/").headers().firstValue("Location").orElseThrow())
                .endsWith("/login/second-factor");
        codeSentTo(mobile, 1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
