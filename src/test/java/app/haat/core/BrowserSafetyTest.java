package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.SignUps;
import app.haat.support.TestAccounts;
import app.haat.user.UserAccount;
import app.haat.user.UserService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser meets, over real HTTP: {@code /api} never makes a browser keep the password and refuses what another
 * site's page could send; the session cookie and the security headers; Vaadin's own requests still work.
 */
// A fresh context, for the reason given on ApiTest; as behind a proxy that ends TLS, it honours forwarded headers.
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "haat.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"})
class BrowserSafetyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserService users;

    @Autowired
    RegionService regions;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    JsonMapper json;

    private PortalClient portal;

    @BeforeEach
    void client() {
        portal = new PortalClient(port, json);
    }

    @Test
    void a401CarriesTheBasicChallengeOnlyWhenTheClientAsksForIt() throws Exception {
        HttpResponse<String> anonymous = portal.send("GET", "/api/municipalities", null, null, null);
        portal.assertProblem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> wrong = portal.send("GET", "/api/municipalities", "nobody-here", "wrong-password", null);
        portal.assertProblem(wrong, 401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> asked =
                portal.send("GET", "/api/municipalities", null, null, null, "X-Haat-Challenge", "basic");
        portal.assertProblem(asked, 401);
        assertThat(asked.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    /** A call the portal must refuse with {@code status}; {@code headers} are name/value pairs. */
    record Refused(
            String method, String path, String user, String password, String body, int status, String... headers) {}

    @Test
    void whatAnotherSitesPageCouldSendIsRefusedAndChangesNothing() throws Exception {
        String admin = accounts.admin();
        String password = TestAccounts.PASSWORD;
        long bally = municipalityNamed("Bally");
        String mobile = GroupRegistryTest.newMobile();
        long groupId =
                registrations.register(SignUps.english("Origin Gosthi " + mobile, bally, mobile, "group-password"));
        Path backups = DATA_DIR.resolve("backups");
        long backupsBefore = countFiles(backups);
        String newUser = unique("crosssite");
        String userJson = """
                {"username":"%s","password":"long-enough-1","role":"CENTRE_STAFF"}""".formatted(newUser);
        String csv = "name,municipality,ward,members,leader_name,phone\nCross Site Gosthi,Bally,3,10,Rina,"
                + GroupRegistryTest.newMobile() + "\n";

        List<Refused> refused = List.of(
                // bodies a form or a simple fetch can send without asking first
                new Refused("POST", "/api/users", admin, password, userJson, 415, "Content-Type", "text/plain"),
                new Refused(
                        "POST",
                        "/api/users",
                        admin,
                        password,
                        "username=" + newUser,
                        415,
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                new Refused(
                        "POST",
                        "/api/users",
                        admin,
                        password,
                        "--x\r\n\r\n--x--",
                        415,
                        "Content-Type",
                        "multipart/form-data; boundary=x"),
                new Refused("POST", "/api/users", admin, password, userJson, 415),
                // an empty form posted to endpoints that need no body
                new Refused(
                        "POST",
                        "/api/admin/backup",
                        admin,
                        password,
                        null,
                        415,
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                new Refused(
                        "POST",
                        "/api/groups/me/deletion-request",
                        mobile,
                        "group-password",
                        "",
                        415,
                        "Content-Type",
                        "text/plain"),
                // the CSV import takes text/csv only
                new Refused("POST", "/api/groups/import", admin, password, csv, 415, "Content-Type", "text/plain"),
                new Refused(
                        "POST",
                        "/api/groups/import",
                        admin,
                        password,
                        csv,
                        415,
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                // another site's page, even with a JSON body
                new Refused(
                        "POST",
                        "/api/users",
                        admin,
                        password,
                        userJson,
                        403,
                        "Content-Type",
                        "application/json",
                        "Origin",
                        "https://attacker.example"),
                new Refused(
                        "POST",
                        "/api/users",
                        admin,
                        password,
                        userJson,
                        403,
                        "Content-Type",
                        "application/json",
                        "Origin",
                        "null"),
                new Refused(
                        "POST",
                        "/api/users",
                        admin,
                        password,
                        userJson,
                        403,
                        "Content-Type",
                        "application/json",
                        "Origin",
                        "http://localhost:" + (port + 1)),
                new Refused(
                        "POST",
                        "/api/groups/me/deletion-request",
                        mobile,
                        "group-password",
                        null,
                        403,
                        "Origin",
                        "https://attacker.example"));
        for (Refused call : refused) {
            HttpResponse<String> response =
                    portal.send(call.method(), call.path(), call.user(), call.password(), call.body(), call.headers());
            assertThat(response.statusCode())
                    .as(call.method() + " " + call.path() + " " + List.of(call.headers()))
                    .isEqualTo(call.status());
            portal.assertProblem(response, call.status());
        }
        // nothing changed
        assertThat(accounts.as(admin, () -> users.list()).stream().map(UserAccount::username))
                .doesNotContain(newUser);
        assertThat(countFiles(backups)).isEqualTo(backupsBefore);
        JsonNode group = portal.json(portal.send("GET", "/api/groups/" + groupId, mobile, "group-password", null));
        assertThat(group.path("deletionRequestedAt").isNull()
                        || group.path("deletionRequestedAt").isMissingNode())
                .isTrue();

        // the portal's own pages, clients that send no Origin, and reads from anywhere are served
        assertThat(portal.send(
                                "POST",
                                "/api/users",
                                admin,
                                password,
                                userJson,
                                "Content-Type",
                                "application/json",
                                "Origin",
                                portal.base())
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> imported = portal.send(
                "POST", "/api/groups/import", admin, password, csv, "Content-Type", "text/csv; charset=UTF-8");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        // new now, so none of the refused imports above created it
        assertThat(portal.json(imported).get("imported").asInt()).isEqualTo(1);
        assertThat(portal.send("POST", "/api/groups/me/deletion-request", mobile, "group-password", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(portal.send(
                                "GET",
                                "/api/municipalities",
                                admin,
                                password,
                                null,
                                "Origin",
                                "https://attacker.example")
                        .statusCode())
                .isEqualTo(200);
    }

    private static long countFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureWhenServedOverHttps() throws Exception {
        String plain = portal.get(PortalClient.browser(), "/login")
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow();
        assertThat(plain)
                .startsWith("JSESSIONID=")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        // behind a trusted proxy that ends TLS (server.forward-headers-strategy=native, haat.trusted-proxies)
        String proxied = portal.get(PortalClient.browser(), "/login", "X-Forwarded-Proto", "https")
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow();
        assertThat(proxied).containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndTheCataloguePolicyAllowsNoScript() throws Exception {
        HttpClient signedIn = PortalClient.browser();
        portal.signIn(signedIn, accounts.admin(), TestAccounts.PASSWORD);
        Map<String, HttpResponse<String>> pages = Map.of(
                "/login", portal.get(PortalClient.browser(), "/login"),
                "/ (signed out)", portal.get(PortalClient.browser(), "/"),
                "/admin/users", portal.get(signedIn, "/admin/users"),
                "/catalogue", portal.get(PortalClient.browser(), "/catalogue"),
                "/catalogue?lang=en", portal.get(PortalClient.browser(), "/catalogue?lang=en"),
                "/catalogue/exhibition/0", portal.get(PortalClient.browser(), "/catalogue/exhibition/0"),
                "/api/municipalities", portal.get(PortalClient.browser(), "/api/municipalities"));
        pages.forEach((path, response) -> {
            var headers = response.headers();
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.allValues("X-Frame-Options"))
                    .as(path)
                    .containsExactly(path.startsWith("/api") ? "DENY" : "SAMEORIGIN");
            assertThat(headers.allValues("Referrer-Policy")).as(path).containsExactly("same-origin");
            assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1);
            String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(path).contains("frame-ancestors", "base-uri");
            if (path.startsWith("/catalogue") || path.startsWith("/api") || path.startsWith("/login")) {
                // no script at all
                assertThat(policy).as(path).startsWith("default-src 'none'").doesNotContain("script-src");
            } else {
                // what Vaadin's pages need (inline bootstrap, server-sent JavaScript), and nothing from elsewhere
                assertThat(policy)
                        .as(path)
                        .startsWith("default-src 'self'")
                        .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "object-src 'none'")
                        .doesNotContain("http:", "https:", "*");
            }
        });
        // the catalogue and the sign-in page indeed have no script, and the sign-in page loads what it needs (its
        // icon) from the portal only
        assertThat(pages.get("/catalogue").body()).doesNotContainIgnoringCase("<script");
        assertThat(pages.get("/login").body()).doesNotContainIgnoringCase("<script");
        Matcher loaded = Pattern.compile("(?:src|href)=\"([^\"]*)\"")
                .matcher(pages.get("/login").body());
        int resources = 0;
        while (loaded.find()) {
            resources++;
            assertThat(loaded.group(1))
                    .as("a resource or link of the sign-in page")
                    .doesNotContain("//");
        }
        assertThat(resources).isPositive();
    }

    @Test
    void vaadinsOwnRequestsStillWork() throws Exception {
        HttpClient browser = PortalClient.browser();
        portal.signIn(browser, accounts.staff(), TestAccounts.PASSWORD);
        PortalClient.Uidl ui = portal.openUi(browser, "");
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> response = ui.roundTrip();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"syncId\":" + i);
        }
    }
}
