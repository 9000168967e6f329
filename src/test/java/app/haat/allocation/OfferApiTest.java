package app.haat.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Waitlist offers over real HTTP: the group answers its own offer, officers list and set the rule, in scope. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfferApiTest extends IntegrationTest {

    /** Groups that signed up in the fixtures chose this password. */
    private static final String GROUP_PASSWORD = "long-enough";

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    OfferSteps steps;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Test
    void theOfferedGroupAnswersOverTheApiAndNobodyElseCan() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long exhibition =
                steps.publishedWithAWaitlist(officer, bally, "Api offer fair", ExhibitionFixtures.mondayAhead(75));
        List<Application> waiting = steps.waiting(officer, exhibition);
        long leaving = fx.accounts
                .as(officer, () -> allocation.assignments(exhibition))
                .getFirst()
                .applicationId();
        fx.accounts.as(officer, () -> applications.withdraw(leaving));
        WaitlistOffer offer = steps.theOpenOffer(exhibition);
        String offered = steps.groupAccount(offer.id());
        String other = fx.verifiedGroup(officer, bally, "JUTE").mobile();

        // the group sees its offer; the officers see it on the exhibition
        JsonNode mine = json.readTree(
                send("GET", "/api/offers", offered, GROUP_PASSWORD, null).body());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(mine.get(0).get("applicationId").asLong())
                .isEqualTo(waiting.getFirst().id());
        assertThat(mine.get(0).has("expiresAt")).isTrue();
        HttpResponse<String> listed =
                send("GET", "/api/exhibitions/" + exhibition + "/offers", officer, TestAccounts.PASSWORD, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(listed.body())).hasSize(1);
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThat(send("GET", "/api/exhibitions/" + exhibition + "/offers", stranger, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(403);

        // another group cannot answer it, nor learn it exists
        HttpResponse<String> foreign =
                send("POST", "/api/offers/" + offer.id() + "/accept", other, GROUP_PASSWORD, null);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(offer.groupName());

        // the rule: refused out of range with the reason, kept in range
        HttpResponse<String> bad = send(
                "PUT",
                "/api/exhibitions/" + exhibition + "/offer-rule",
                officer,
                TestAccounts.PASSWORD,
                "{\"replyHours\":0}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("between 1 and 168 hours");
        HttpResponse<String> rule = send(
                "PUT",
                "/api/exhibitions/" + exhibition + "/offer-rule",
                officer,
                TestAccounts.PASSWORD,
                "{\"replyHours\":12,\"confirmDays\":2}");
        assertThat(rule.statusCode()).isEqualTo(200);
        assertThat(json.readTree(rule.body()).get("confirmDays").asInt()).isEqualTo(2);
        assertThat(send("POST", "/api/exhibitions/" + exhibition + "/offers", officer, TestAccounts.PASSWORD, "{}")
                        .statusCode())
                .isEqualTo(400);

        // the group takes it; a second answer is refused with the reason
        HttpResponse<String> accepted =
                send("POST", "/api/offers/" + offer.id() + "/accept", offered, GROUP_PASSWORD, null);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).get("status").asString()).isEqualTo("ACCEPTED");
        HttpResponse<String> again =
                send("POST", "/api/offers/" + offer.id() + "/decline", offered, GROUP_PASSWORD, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been answered");
        assertThat(fx.accounts.as(officer, () -> allocation.assignments(exhibition)))
                .extracting(AssignmentRow::applicationId)
                .contains(waiting.getFirst().id());
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
