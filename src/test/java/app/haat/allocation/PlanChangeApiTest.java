package app.haat.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.SlotLength;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Postponing and calling off an exhibition over real HTTP: the answers, and the refusals with their reasons. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanChangeApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    OfferSteps steps;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Test
    void aPublishedExhibitionIsMovedThenCalledOffAndEachWrongStepIsRefusedWithItsReason() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        LocalDate starts = ExhibitionFixtures.mondayAhead(200);
        long exhibition = steps.publishedWithAWaitlist(officer, bally, "Api plans fair", starts);
        long venue = json.readTree(send("GET", "/api/exhibitions/" + exhibition, officer, null)
                        .body())
                .path("exhibition")
                .path("venueId")
                .asLong();
        fx.openExhibition(officer, venue, "Neighbour fair", starts.plusDays(14), 5, SlotLength.WHOLE, 1);

        // onto the neighbour's days: refused with the neighbour named; into the past: refused
        HttpResponse<String> clash = postpone(exhibition, officer, starts.plusDays(14), starts.plusDays(18));
        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(clash.body()).contains("Neighbour fair");
        HttpResponse<String> past = postpone(
                exhibition,
                officer,
                LocalDate.now().minusDays(2),
                LocalDate.now().minusDays(1));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("after today");

        // a week on: the answer says what moved
        HttpResponse<String> moved = postpone(exhibition, officer, starts.plusDays(7), starts.plusDays(11));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode result = json.readTree(moved.body());
        assertThat(result.get("slotsBefore").asInt()).isEqualTo(1);
        assertThat(result.get("slotsAfter").asInt()).isEqualTo(1);
        assertThat(result.get("displaced")).isEmpty();

        // called off without a reason: refused; with one: told to the four groups still in play; then never again
        HttpResponse<String> noReason = send("POST", "/api/exhibitions/" + exhibition + "/cancel", officer, "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> cancelled = send(
                "POST",
                "/api/exhibitions/" + exhibition + "/cancel",
                officer,
                "{\"reason\":\"The mall closes for repairs\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json.readTree(cancelled.body()).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(json.readTree(cancelled.body()).get("groupsTold").asInt()).isEqualTo(5);
        HttpResponse<String> again = send(
                "POST",
                "/api/exhibitions/" + exhibition + "/cancel",
                officer,
                "{\"reason\":\"The mall closes for repairs\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(postpone(exhibition, officer, starts.plusDays(28), starts.plusDays(32))
                        .statusCode())
                .isEqualTo(409);
    }

    private HttpResponse<String> postpone(long exhibition, String user, LocalDate from, LocalDate to) throws Exception {
        return send(
                "POST",
                "/api/exhibitions/" + exhibition + "/postpone",
                user,
                "{\"startsOn\":\"" + from + "\",\"endsOn\":\"" + to + "\"}");
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return api.send(
                JsonRequests.request(method, "http://localhost:" + port + path, body)
                        .header("Content-Type", "application/json")
                        .header("Authorization", JsonRequests.basic(user, TestAccounts.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
