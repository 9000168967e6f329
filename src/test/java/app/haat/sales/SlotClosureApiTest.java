package app.haat.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Closing a slot's days over real HTTP: the managing officer closes them once; others and bad input are refused. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlotClosureApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Test
    void theOfficerClosesTheRestOfASlotOnceOverTheApi() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Kamarhati");
        String path = "/api/exhibitions/" + stand.exhibitionId() + "/slots/" + stand.slot() + "/close";
        LocalDate today = LocalDate.now(Formats.INDIA);
        String body = "{\"from\":\"" + today.plusDays(1) + "\",\"reason\":\"Flood in the mall\"}";
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));

        assertThat(send(path, stranger, TestAccounts.PASSWORD, body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> noReason =
                send(path, stand.officer(), TestAccounts.PASSWORD, "{\"from\":\"" + today + "\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(send(
                                path,
                                stand.officer(),
                                TestAccounts.PASSWORD,
                                "{\"from\":\"" + today.minusDays(1) + "\",\"reason\":\"Flood in the mall\"}")
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> closed = send(path, stand.officer(), TestAccounts.PASSWORD, body);
        assertThat(closed.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(closed.body());
        assertThat(answer.get("closedFrom").asString())
                .isEqualTo(today.plusDays(1).toString());
        assertThat(answer.get("wholeSlot").asBoolean()).isFalse();
        assertThat(answer.get("groupsTold").asInt()).isEqualTo(2);

        assertThat(send(path, stand.officer(), TestAccounts.PASSWORD, body).statusCode())
                .isEqualTo(409);
        assertThat(send(
                                "/api/exhibitions/" + stand.exhibitionId() + "/slots/999999/close",
                                stand.officer(),
                                TestAccounts.PASSWORD,
                                body)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theVenuesOfficerListsTheExhibitionsAClosureMeets() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Kamarhati");
        LocalDate today = LocalDate.now(Formats.INDIA);
        String path =
                "/api/venues/" + stand.mall() + "/affected?from=" + today.plusDays(1) + "&to=" + today.plusDays(2);
        HttpResponse<String> affected = send("GET", path, stand.officer(), TestAccounts.PASSWORD, null);
        assertThat(affected.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(affected.body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(stand.exhibitionId());
        assertThat(list.get(0).get("status").asString()).isEqualTo("PUBLISHED");
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThat(send("GET", path, stranger, TestAccounts.PASSWORD, null).statusCode())
                .isIn(403, 404);
        assertThat(send(
                                "GET",
                                "/api/venues/" + stand.mall() + "/affected?from=" + today.plusDays(2) + "&to=" + today,
                                stand.officer(),
                                TestAccounts.PASSWORD,
                                null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "GET",
                                "/api/venues/" + stand.mall() + "/affected?from=" + today.plusDays(4) + "&to="
                                        + today.plusDays(9),
                                stand.officer(),
                                TestAccounts.PASSWORD,
                                null)
                        .body())
                .isEqualTo("[]");
    }

    private HttpResponse<String> send(String path, String user, String password, String body) throws Exception {
        return send("POST", path, user, password, body);
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
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
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
