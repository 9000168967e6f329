package app.haat.core;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import app.haat.user.PasswordResetService;
import app.haat.user.UserAccount;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts and sessions over real HTTP: open sessions (browsers, the API's remembered password) end when their
 * account changes, and the lock-out holds under a parallel burst of guesses.
 */
// A fresh context, for the reason given on ApiTest; it also counts the burst's password comparisons.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsTest extends IntegrationTest {

    /** Wrong passwords of the burst start with this, so only their comparisons are counted. */
    static final String BURST = "burst-guess-";

    static final AtomicInteger BURST_COMPARISONS = new AtomicInteger();

    /** Counts the burst guesses that reach the password comparison: Spring's encoder, wrapped; our code untouched. */
    @TestConfiguration
    static class CountComparisons {
        @Bean
        static BeanPostProcessor countingPasswordEncoder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PasswordEncoder encoder)) {
                        return bean;
                    }
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            return encoder.encode(raw);
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            if (raw != null && raw.toString().startsWith(BURST)) {
                                BURST_COMPARISONS.incrementAndGet();
                            }
                            return encoder.matches(raw, encoded);
                        }

                        @Override
                        public boolean upgradeEncoding(String encoded) {
                            return encoder.upgradeEncoding(encoded);
                        }
                    };
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserService users;

    @Autowired
    PasswordResetService resets;

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    @Autowired
    JsonMapper json;

    private PortalClient portal;

    @BeforeEach
    void client() {
        portal = new PortalClient(port, json);
    }

    private UserAccount account(String admin, String username) {
        return accounts.as(
                admin,
                () -> users.list().stream()
                        .filter(u -> u.username().equals(username))
                        .findFirst()
                        .orElseThrow());
    }

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    private int apiStatus(String user, String password) throws Exception {
        return portal.send("GET", "/api/municipalities", user, password, null).statusCode();
    }

    @Test
    void disablingAnAccountEndsItsSessionsInEveryBrowserAndItsRememberedApiPassword() throws Exception {
        String admin = accounts.admin();
        String disabled = accounts.admin();
        HttpClient laptop = PortalClient.browser();
        HttpClient phone = PortalClient.browser();
        portal.signIn(laptop, disabled, TestAccounts.PASSWORD);
        portal.signIn(phone, disabled, TestAccounts.PASSWORD);
        portal.assertSignedIn(laptop, "/admin/users");
        portal.assertSignedIn(phone, "/admin/users");
        PortalClient.Uidl usersView = portal.openUi(laptop, "admin/users");
        assertThat(usersView.roundTrip().body()).contains("\"syncId\":1");
        // the API remembers the password after its first check
        assertThat(apiStatus(disabled, TestAccounts.PASSWORD)).isEqualTo(200);
        assertThat(apiStatus(disabled, TestAccounts.PASSWORD)).isEqualTo(200);

        accounts.as(admin, () -> users.setEnabled(account(admin, disabled).id(), false));

        portal.assertSentToSignIn(laptop, "/admin/users");
        portal.assertSentToSignIn(phone, "/admin/users");
        // the open view's next request finds its session gone (Vaadin then reloads into the sign-in view)
        assertThat(usersView.roundTrip().body()).doesNotContain("\"syncId\":");
        portal.assertProblem(portal.send("GET", "/api/municipalities", disabled, TestAccounts.PASSWORD, null), 401);
    }

    @Test
    void aNewRoleOrScopeOrPasswordEndsTheSessionsButANewDisplayNameDoesNot() throws Exception {
        String admin = accounts.admin();
        long bally = municipality("Bally");
        long kolkata = municipality("Kolkata");
        String officer = accounts.officer(Set.of(bally));
        long id = account(admin, officer).id();
        HttpClient browser = PortalClient.browser();
        portal.signIn(browser, officer, TestAccounts.PASSWORD);
        portal.assertSignedIn(browser, "/");

        // a new display name changes nothing the account may see: the session goes on
        UserAccount before = account(admin, officer);
        accounts.as(
                admin,
                () -> users.update(
                        id,
                        before.version(),
                        new UserForm(
                                officer, null, "Renamed Officer", null, Role.MUNICIPAL_OFFICER, Set.of(bally), "en")));
        portal.assertSignedIn(browser, "/");

        // new municipalities: signed out
        UserAccount renamed = account(admin, officer);
        accounts.as(
                admin,
                () -> users.update(
                        id,
                        renamed.version(),
                        new UserForm(
                                officer,
                                null,
                                "Renamed Officer",
                                null,
                                Role.MUNICIPAL_OFFICER,
                                Set.of(bally, kolkata),
                                "en")));
        portal.assertSentToSignIn(browser, "/");

        // a new role: signed out
        portal.signIn(browser, officer, TestAccounts.PASSWORD);
        portal.assertSignedIn(browser, "/");
        UserAccount rescoped = account(admin, officer);
        accounts.as(
                admin,
                () -> users.update(
                        id,
                        rescoped.version(),
                        new UserForm(officer, null, "Renamed Officer", null, Role.CENTRE_STAFF, Set.of(), "en")));
        portal.assertSentToSignIn(browser, "/");

        // a password reset by an admin: signed out, and the remembered API password no longer works
        portal.signIn(browser, officer, TestAccounts.PASSWORD);
        portal.assertSignedIn(browser, "/");
        assertThat(apiStatus(officer, TestAccounts.PASSWORD)).isEqualTo(200);
        String newPassword = accounts.as(admin, () -> users.resetPassword(id));
        portal.assertSentToSignIn(browser, "/");
        portal.assertProblem(portal.send("GET", "/api/municipalities", officer, TestAccounts.PASSWORD, null), 401);
        assertThat(apiStatus(officer, newPassword)).isEqualTo(200);
    }

    @Test
    void resettingOnesOwnPasswordByMailEndsTheOpenSessions() throws Exception {
        String username = unique("forgetful");
        String email = username + "@example.org";
        SystemAuthority.runAsAdmin(() -> users.create(
                new UserForm(username, TestAccounts.PASSWORD, "Forgetful", email, Role.CENTRE_STAFF, Set.of(), "en")));
        HttpClient browser = PortalClient.browser();
        portal.signIn(browser, username, TestAccounts.PASSWORD);
        portal.assertSignedIn(browser, "/");

        resets.requestReset(username);
        String model = dsl.select(MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(email))
                .fetchOne(MAIL_OUTBOX.MODEL);
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(model);
        assertThat(token.find()).isTrue();
        resets.reset(token.group(1), "a-brand-new-password");

        portal.assertSentToSignIn(browser, "/");
        portal.signIn(browser, username, "a-brand-new-password");
        portal.assertSignedIn(browser, "/");
    }

    @Test
    void aParallelBurstOfWrongPasswordsGetsAtMostFiveComparisonsAndTheRightOneIsThenRefused() throws Exception {
        String staff = accounts.staff();
        BURST_COMPARISONS.set(0);
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            burst.add(portal.api()
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create(portal.base() + "/api/municipalities"))
                                    .header("Authorization", JsonRequests.basic(staff, BURST + i))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
        }
        // the right password while the burst is still being checked
        await().atMost(Duration.ofSeconds(60))
                .until(() -> BURST_COMPARISONS.get() >= 5 || burst.stream().allMatch(CompletableFuture::isDone));
        portal.assertProblem(portal.send("GET", "/api/municipalities", staff, TestAccounts.PASSWORD, null), 401);

        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).join();
        for (CompletableFuture<HttpResponse<String>> attempt : burst) {
            assertThat(attempt.join().statusCode()).isEqualTo(401);
        }
        assertThat(BURST_COMPARISONS.get())
                .as("burst guesses compared with the password")
                .isBetween(1, 5);

        // locked for 15 minutes; the right password during the lock neither signs in nor unlocks
        portal.assertProblem(portal.send("GET", "/api/municipalities", staff, TestAccounts.PASSWORD, null), 401);
        OffsetDateTime lockedUntil = dsl.select(APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(staff))
                .fetchOne(APP_USER.LOCKED_UNTIL);
        assertThat(lockedUntil).isAfter(OffsetDateTime.now().plusMinutes(14));

        // once the lock has run out, the right password works again
        dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
                .where(APP_USER.USERNAME.eq(staff))
                .execute();
        assertThat(apiStatus(staff, TestAccounts.PASSWORD)).isEqualTo(200);
    }
}
