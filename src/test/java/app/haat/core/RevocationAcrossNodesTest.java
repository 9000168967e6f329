package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.security.Role;
import app.haat.support.IntegrationTest;
import app.haat.support.PortalProcess;
import app.haat.support.TestAccounts;
import app.haat.user.UserAccount;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Revocation on every node (#24): a second portal node, a whole application of its own on its own data directory and
 * port, shares this test's database. An account disabled through this node can no longer use its browser session
 * or the API password node B remembered; an account whose role changes here is sent to sign in again there, and node
 * B answers with the new role at once. Each request checks the account's version in the database.
 */
// A fresh context, for the reason given on ApiTest (and node B's start replaces the static security strategy)
@org.springframework.test.annotation.DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RevocationAcrossNodesTest extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserService users;

    @Autowired
    JsonMapper json;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    private ConfigurableApplicationContext nodeB;
    private PortalClient b;

    @BeforeAll
    void startNodeB() throws Exception {
        nodeB = PortalProcess.start(
                Files.createTempDirectory("haat-node-b-"),
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + user,
                "spring.datasource.password=" + password,
                "haat.node.id=node-b",
                "haat.backup.cron=-",
                "haat.desk.help-line=" + TEST_HELP_LINE);
        int port = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port", "0"));
        b = new PortalClient(port, json);
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private UserAccount account(String username) {
        String admin = accounts.admin();
        return accounts.as(
                admin,
                () -> users.list().stream()
                        .filter(a -> a.username().equals(username))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void anAccountDisabledOnNodeAIsSignedOutOfNodeBAndItsRememberedApiPasswordRefused() throws Exception {
        String officer = accounts.officer(Set.of(municipalityNamed("Bally")));
        HttpClient browser = PortalClient.browser();
        b.signIn(browser, officer, TestAccounts.PASSWORD);
        b.assertSignedIn(browser, "/");
        assertThat(b.send("GET", "/api/account", officer, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(200);

        long id = account(officer).id();
        accounts.as(accounts.admin(), () -> users.setEnabled(id, false));

        assertThat(b.send("GET", "/api/account", officer, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(401);
        b.assertSentToSignIn(browser, "/");
    }

    @Test
    void aRoleChangedOnNodeAEndsTheSessionOnNodeBWhichAnswersWithTheNewRoleAtOnce() throws Exception {
        String officer = accounts.officer(Set.of(municipalityNamed("Bally")));
        HttpClient browser = PortalClient.browser();
        b.signIn(browser, officer, TestAccounts.PASSWORD);
        b.assertSignedIn(browser, "/");
        assertThat(b.json(b.send("GET", "/api/account", officer, TestAccounts.PASSWORD, null))
                        .get("role")
                        .asText())
                .isEqualTo("MUNICIPAL_OFFICER");

        UserAccount before = account(officer);
        accounts.as(
                accounts.admin(),
                () -> users.update(
                        before.id(),
                        before.version(),
                        new UserForm(
                                officer,
                                "",
                                before.displayName(),
                                before.email(),
                                Role.CENTRE_STAFF,
                                Set.of(),
                                before.language())));

        b.assertSentToSignIn(browser, "/");
        assertThat(b.json(b.send("GET", "/api/account", officer, TestAccounts.PASSWORD, null))
                        .get("role")
                        .asText())
                .isEqualTo("CENTRE_STAFF");
    }
}
