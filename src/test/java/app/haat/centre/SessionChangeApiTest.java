package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.ApiContract;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** PATCH /api/trainings/{id} and POST /api/trainings/{id}/cancel over HTTP: staff only, every refusal explained. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionChangeApiTest extends CentreIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiContract api;

    @Autowired
    JsonMapper json;

    private HttpResponse<String> send(String method, String path, String user, String password, @Nullable String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> asStaff(String method, String path, @Nullable String body) throws Exception {
        return send(method, path, staff, TestAccounts.PASSWORD, body);
    }

    @Test
    void staffEditMoveAndCancelASessionOverTheApiAndEveryBadInputIsRefusedWithItsReason() throws Exception {
        List<Long> ids = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 2, 3)))
                .sessionIds();
        long session = ids.getFirst();
        LeaderGroup group = group(true, 2);
        fx.accounts.as(group.mobile(), () -> enrollments.enroll(session, group.members()));
        String path = "/api/trainings/" + session;

        // the group itself and an officer may not; the group's own attempt changes nothing
        assertThat(send("PATCH", path, group.mobile(), "long-enough", "{\"title\":\"Ours\"}")
                        .statusCode())
                .isEqualTo(403);
        String officer = fx.accounts.officer(Set.of(fx.municipality("Bidhannagar")));
        assertThat(send("POST", path + "/cancel", officer, TestAccounts.PASSWORD, "{\"reason\":\"No\"}")
                        .statusCode())
                .isEqualTo(403);

        // bad input, each with its reason
        HttpResponse<String> shrink = asStaff("PATCH", path, "{\"capacity\":1}");
        assertThat(shrink.statusCode()).as(shrink.body()).isEqualTo(409);
        assertThat(detail(shrink)).contains("2 members are enrolled");
        HttpResponse<String> past = asStaff("PATCH", path, "{\"day\":\"2020-01-07\"}");
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(detail(past)).contains("still ahead");
        fx.accounts.as(staff, () -> setup.addClosure(centre, tuesday.plusDays(1), tuesday.plusDays(1), "Holi"));
        HttpResponse<String> closed = asStaff("PATCH", path, "{\"day\":\"" + tuesday.plusDays(1) + "\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(409);
        assertThat(detail(closed)).contains("closed").contains("Holi");
        HttpResponse<String> clash = asStaff("PATCH", path, "{\"day\":\"" + tuesday.plusWeeks(1) + "\"}");
        assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
        assertThat(detail(clash)).contains("already booked");
        assertThat(asStaff("PATCH", path, "{\"language\":\"fr\"}").statusCode()).isEqualTo(400);
        assertThat(asStaff("PATCH", "/api/trainings/999999999", "{\"title\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(asStaff("POST", path + "/cancel", "{}").statusCode()).isEqualTo(400);

        // a good change: a title and a later start, answered as changed; a stale version is refused
        HttpResponse<String> changed =
                asStaff("PATCH", path, "{\"title\":\"Photos that sell\",\"startsAt\":\"12:00\",\"version\":0}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode first = json.readTree(changed.body()).get(0);
        assertThat(first.get("title").asText()).isEqualTo("Photos that sell");
        assertThat(first.get("calendarSequence").asInt()).isEqualTo(1);
        HttpResponse<String> stale = asStaff("PATCH", path, "{\"capacity\":3,\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(detail(stale)).contains("changed this session meanwhile");

        // cancelled with a reason: the answer names it; a second cancellation is refused
        HttpResponse<String> cancelled = asStaff("POST", path + "/cancel", "{\"reason\":\"The trainer is ill\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json.readTree(cancelled.body()).get(0).asLong()).isEqualTo(session);
        HttpResponse<String> again = asStaff("POST", path + "/cancel", "{\"reason\":\"Again\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(detail(again)).contains("cancelled");
        // a session already held is not cancelled
        HeldSessions.held(dsl, ids.get(1));
        HttpResponse<String> held = asStaff("POST", "/api/trainings/" + ids.get(1) + "/cancel", "{\"reason\":\"x\"}");
        assertThat(held.statusCode()).isEqualTo(409);
        assertThat(detail(held)).contains("already begun");
    }

    @Test
    void staffRetireRoomsAndTrainersAndMarkDaysAwayOverTheApi() throws Exception {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 3)))
                .sessionIds()
                .getFirst();
        String officer = fx.accounts.officer(Set.of(fx.municipality("Bidhannagar")));
        String away = "{\"from\":\"" + tuesday + "\",\"to\":\"" + tuesday.plusDays(1) + "\"}";
        assertThat(send(
                                "POST",
                                "/api/trainings/trainers/" + trainer + "/days-away",
                                officer,
                                TestAccounts.PASSWORD,
                                away)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> marked = asStaff("POST", "/api/trainings/trainers/" + trainer + "/days-away", away);
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(json.readTree(marked.body()).get(0).get("id").asLong()).isEqualTo(session);
        HttpResponse<String> backwards = asStaff(
                "POST",
                "/api/trainings/trainers/" + trainer + "/days-away",
                "{\"from\":\"" + tuesday.plusDays(1) + "\",\"to\":\"" + tuesday + "\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(detail(backwards)).contains("in order");
        // a move onto a day away is refused with the day
        HttpResponse<String> ontoAway =
                asStaff("PATCH", "/api/trainings/" + session, "{\"day\":\"" + tuesday.plusDays(1) + "\"}");
        assertThat(ontoAway.statusCode()).isEqualTo(409);
        assertThat(detail(ontoAway)).contains("trainer is away");

        assertThat(send("POST", "/api/trainings/rooms/" + room + "/retire", officer, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> retired = asStaff("POST", "/api/trainings/rooms/" + room + "/retire", null);
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(json.readTree(retired.body()).get(0).get("id").asLong()).isEqualTo(session);
        assertThat(asStaff("POST", "/api/trainings/rooms/" + room + "/retire", null)
                        .statusCode())
                .isEqualTo(409);
        assertThat(asStaff("POST", "/api/trainings/trainers/999999999/retire", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(asStaff("POST", "/api/trainings/trainers/" + trainer + "/retire", null)
                        .statusCode())
                .isEqualTo(200);
    }

    private String detail(HttpResponse<String> response) {
        return json.readTree(response.body()).get("detail").asText();
    }
}
