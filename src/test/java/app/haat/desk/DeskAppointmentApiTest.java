package app.haat.desk;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appointments over HTTP, every answer checked against the API description: a centre's hours read and set by its
 * staff, a group's free slots and its appointment booked, moved and called off, and the bad input of #23 (outside
 * the hours, a closed day, staff of another centre, another group) refused each with its reason.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskAppointmentApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiContract api;

    @Autowired
    JsonMapper json;

    @Autowired
    DeskFixtures desk;

    private HttpResponse<String> send(String method, String path, String user, @Nullable String body) throws Exception {
        String password = user.matches("\\d+") ? DeskFixtures.PASSWORD : TestAccounts.PASSWORD;
        HttpRequest request = JsonRequests.request(method, "http://localhost:" + port + path, body)
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .header("Authorization", JsonRequests.basic(user, password))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String detail(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body()).get("detail").asText();
    }

    @Test
    void aCentresStaffSetItsHoursAndSlotLengthWhichEveryoneSignedInReads() throws Exception {
        long centre = desk.medinipur();
        String staff = desk.staffOf(centre);
        String other = desk.staffOf(desk.northDumDum());
        HttpResponse<String> read = send("GET", "/api/centres/" + centre + "/hours", other, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        String before = read.body();
        String saturdayOnly =
                "{\"slotMinutes\":20,\"days\":[{\"day\":\"SATURDAY\",\"opens\":\"10:00\",\"closes\":\"12:00\"}]}";
        HttpResponse<String> refused = send("PUT", "/api/centres/" + centre + "/hours", other, saturdayOnly);
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> bad = send(
                "PUT",
                "/api/centres/" + centre + "/hours",
                staff,
                "{\"slotMinutes\":30,\"days\":[{\"day\":\"FUNDAY\",\"opens\":\"10:00\",\"closes\":\"12:00\"}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(detail(bad)).contains("MONDAY to SUNDAY");
        try {
            HttpResponse<String> saved = send("PUT", "/api/centres/" + centre + "/hours", staff, saturdayOnly);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            JsonNode hours = json.readTree(saved.body());
            assertThat(hours.get("slotMinutes").asInt()).isEqualTo(20);
            assertThat(hours.get("days").get(0).get("day").asText()).isEqualTo("SATURDAY");
            assertThat(hours.get("days").get(0).get("opens").asText()).isEqualTo("10:00");
        } finally {
            HttpResponse<String> restored = send("PUT", "/api/centres/" + centre + "/hours", staff, before);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
    }

    @Test
    void aGroupBooksFromTheFreeSlotsMovesAndCallsOffAndTheBadInputIsRefusedWithItsReason() throws Exception {
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);
        String otherStaff = desk.staffOf(desk.medinipur());
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        DeskFixtures.TestGroup stranger = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        HttpResponse<String> asked = send(
                "POST",
                "/api/centres/" + centre + "/requests",
                group.mobile(),
                "{\"groupId\":" + group.id() + ",\"type\":\"PAN\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        long id = json.readTree(asked.body()).get("id").asLong();
        String base = "/api/requests/" + id + "/appointment";

        HttpResponse<String> slots = send("GET", base + "/slots?date=2038-01-04", group.mobile(), null);
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        JsonNode free = json.readTree(slots.body());
        assertThat(free.size()).isEqualTo(13);
        assertThat(free.get(0).get("start").asText()).startsWith("2038-01-04T10:30");
        assertThat(free.get(0).get("freeStaff").size()).isPositive();
        assertThat(send("GET", base + "/slots?date=2038-01-03", group.mobile(), null)
                        .body())
                .isEqualTo("[]");

        for (String[] wrong : new String[][] {
            {"2038-01-04T09:00", "outside the centre's opening hours"},
            {"2038-01-03T11:00", "closed on that day"},
            {"2038-01-04T11:10", "Choose one of the times offered"},
            {"2020-01-06T11:00", "That time has passed"},
            {"tomorrow", "2026-12-10T11:00"}
        }) {
            HttpResponse<String> refused = send("POST", base, group.mobile(), "{\"start\":\"" + wrong[0] + "\"}");
            assertThat(refused.statusCode()).as(wrong[0]).isEqualTo(400);
            assertThat(detail(refused)).contains(wrong[1]);
        }
        for (String outsider : new String[] {otherStaff, stranger.mobile()}) {
            assertThat(send("POST", base, outsider, "{\"start\":\"2038-01-04T11:00\"}")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(send("GET", base + "/slots?date=2038-01-04", outsider, null)
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(send("GET", base, group.mobile(), null).statusCode()).isEqualTo(404);

        HttpResponse<String> booked = send("POST", base, group.mobile(), "{\"start\":\"2038-01-04T11:00+05:30\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(json.readTree(booked.body()).get("status").asText()).isEqualTo("BOOKED");
        HttpResponse<String> twice = send("POST", base, group.mobile(), "{\"start\":\"2038-01-04T12:00\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(detail(twice)).contains("move it instead");
        HttpResponse<String> early = send("POST", base + "/outcome", staff, "{\"outcome\":\"KEPT\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        HttpResponse<String> moved = send("PUT", base, group.mobile(), "{\"start\":\"2038-01-05T15:00\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json.readTree(moved.body()).get("changedByGroup").asBoolean())
                .isTrue();
        HttpResponse<String> seen =
                send("GET", "/api/centres/" + centre + "/appointments?from=2038-01-05", staff, null);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        assertThat(seen.body()).contains("\"requestId\":" + id);
        assertThat(send("GET", "/api/centres/" + centre + "/appointments?from=2038-01-05", otherStaff, null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> current = send("GET", base, staff, null);
        assertThat(json.readTree(current.body()).get("start").asText()).startsWith("2038-01-05T15:00");
        HttpResponse<String> off = send("DELETE", base, group.mobile(), null);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(json.readTree(off.body()).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(json.readTree(send("GET", "/api/requests/" + id, staff, null).body())
                        .get("status")
                        .asText())
                .isEqualTo("REQUESTED");
    }
}
