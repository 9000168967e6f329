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
 * The desk over HTTP, every answer checked against the API description: staff bound to a centre by POST /api/users, a
 * request asked at a centre and taken to its outcome, and the bad input of #23 refused each with its reason.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskApiTest extends IntegrationTest {

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
    void anAdminBindsStaffToACentreAndTheStaffTakeARequestToAnUdyamNumberInTheGroupsProfile() throws Exception {
        String admin = desk.accounts.admin();
        long centre = desk.medinipur();
        String staff = unique("desk-api-");
        HttpResponse<String> created = send(
                "POST",
                "/api/users",
                admin,
                "{\"username\":\"" + staff + "\"," + "\"password\":\"" + TestAccounts.PASSWORD
                        + "\",\"role\":\"CENTRE_STAFF\",\"centreId\":" + centre + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> officerWithCentre = send(
                "POST",
                "/api/users",
                admin,
                "{\"username\":\""
                        + unique("desk-api-") + "\",\"password\":\"" + TestAccounts.PASSWORD
                        + "\",\"role\":\"MUNICIPAL_OFFICER\","
                        + "\"municipalities\":[" + desk.fx.municipality("Medinipur") + "],\"centreId\":" + centre
                        + "}");
        assertThat(officerWithCentre.statusCode()).isEqualTo(400);
        assertThat(detail(officerWithCentre)).contains("Only centre staff");
        HttpResponse<String> centres = send("GET", "/api/centres", staff, null);
        assertThat(centres.statusCode()).isEqualTo(200);
        assertThat(centres.body()).contains("City Livelihood Centre, Medinipur").contains("LIVELIHOOD");

        DeskFixtures.TestGroup group = desk.group("Medinipur", Set.of("FOOD"));
        HttpResponse<String> types = send("GET", "/api/centres/" + centre + "/request-types", group.mobile(), null);
        assertThat(types.statusCode()).isEqualTo(200);
        assertThat(types.body()).contains("UDYAM").contains("documentsBn");
        HttpResponse<String> asked = send(
                "POST",
                "/api/centres/" + centre + "/requests",
                group.mobile(),
                "{\"groupId\":" + group.id() + ",\"type\":\"UDYAM\",\"note\":\"We make pickles\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        long id = json.readTree(asked.body()).get("id").asLong();
        String path = "/api/requests/" + id;

        HttpResponse<String> list = send("GET", "/api/centres/" + centre + "/requests", staff, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id);
        assertThat(send("POST", path + "/submitted", staff, "{\"reference\":\"UDY-1\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(send("POST", path + "/documents-complete", staff, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> submitted = send("POST", path + "/submitted", staff, "{\"reference\":\"UDY-1\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json.readTree(submitted.body()).get("status").asText()).isEqualTo("SUBMITTED");

        // a number in the wrong shape, an unknown state's letters, an unknown result: each refused with its reason
        for (String wrong : new String[] {"UDYAM-WB-1-0000001", "UDYAM-XX-01-0000001", "12345"}) {
            HttpResponse<String> bad =
                    send("POST", path + "/outcome", staff, "{\"result\":\"OBTAINED\",\"number\":\"" + wrong + "\"}");
            assertThat(bad.statusCode()).as(wrong).isEqualTo(400);
            assertThat(detail(bad)).contains("UDYAM-WB-00-0000000");
        }
        assertThat(send("POST", path + "/outcome", staff, "{\"result\":\"MAYBE\"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> obtained =
                send("POST", path + "/outcome", staff, "{\"result\":\"OBTAINED\",\"number\":\"udyam-wb-০৫-০০১২৩৪৫\"}");
        assertThat(obtained.statusCode()).as(obtained.body()).isEqualTo(200);
        JsonNode done = json.readTree(obtained.body());
        assertThat(done.get("status").asText()).isEqualTo("OBTAINED");
        assertThat(done.get("number").asText()).isEqualTo("UDYAM-WB-05-0012345");
        HttpResponse<String> seen = send("GET", path, group.mobile(), null);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("UDYAM-WB-05-0012345").contains("UDY-1");
    }

    @Test
    void theBadInputOfTheIssueIsRefusedWithoutTellingAnythingOfAnotherCentresCases() throws Exception {
        DeskFixtures.TestGroup north = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        // a group of another zone asking this centre; a food-only type for a non-food group; an unknown type
        HttpResponse<String> otherZone = send(
                "POST",
                "/api/centres/" + desk.medinipur() + "/requests",
                north.mobile(),
                "{\"groupId\":" + north.id() + ",\"type\":\"PAN\"}");
        assertThat(otherZone.statusCode()).isEqualTo(400);
        assertThat(detail(otherZone)).contains("another zone");
        HttpResponse<String> food = send(
                "POST",
                "/api/centres/" + desk.northDumDum() + "/requests",
                north.officer(),
                "{\"groupId\":" + north.id() + ",\"type\":\"FSSAI\"}");
        assertThat(food.statusCode()).isEqualTo(400);
        assertThat(detail(food)).contains("food");
        assertThat(send(
                                "POST",
                                "/api/centres/" + desk.northDumDum() + "/requests",
                                north.mobile(),
                                "{\"groupId\":" + north.id() + ",\"type\":\"PASSPORT\"}")
                        .statusCode())
                .isEqualTo(400);

        // a type the centre does not handle
        String staff = desk.staffOf(desk.northDumDum());
        assertThat(send("DELETE", "/api/centres/" + desk.northDumDum() + "/request-types/UPI_ID", staff, null)
                        .statusCode())
                .isEqualTo(204);
        try {
            HttpResponse<String> notHandled = send(
                    "POST",
                    "/api/centres/" + desk.northDumDum() + "/requests",
                    north.mobile(),
                    "{\"groupId\":" + north.id() + ",\"type\":\"UPI_ID\"}");
            assertThat(notHandled.statusCode()).isEqualTo(400);
            assertThat(detail(notHandled)).contains("does not handle");
        } finally {
            assertThat(send(
                                    "PUT",
                                    "/api/centres/" + desk.northDumDum() + "/request-types/UPI_ID",
                                    staff,
                                    "{\"documentsEn\":\"Bank details\",\"documentsBn\":\"ব্যাংকের বিবরণ\"}")
                            .statusCode())
                    .isEqualTo(204);
        }

        // a GSTIN with a wrong check character
        HttpResponse<String> asked = send(
                "POST",
                "/api/centres/" + desk.northDumDum() + "/requests",
                north.mobile(),
                "{\"groupId\":" + north.id() + ",\"type\":\"GST_REGISTRATION\"}");
        long id = json.readTree(asked.body()).get("id").asLong();
        send("POST", "/api/requests/" + id + "/documents-complete", staff, null);
        send("POST", "/api/requests/" + id + "/submitted", staff, "{\"reference\":\"AA1900000001\"}");
        HttpResponse<String> checksum = send(
                "POST",
                "/api/requests/" + id + "/outcome",
                staff,
                "{\"result\":\"OBTAINED\",\"number\":\"19AAGFM1234K1Z9\"}");
        assertThat(checksum.statusCode()).isEqualTo(400);
        assertThat(detail(checksum)).contains("check");

        // staff of another centre open the case by id: not found, as a case that does not exist
        String medinipur = desk.staffOf(desk.medinipur());
        HttpResponse<String> foreign = send("GET", "/api/requests/" + id, medinipur, null);
        HttpResponse<String> missing = send("GET", "/api/requests/999999999", medinipur, null);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(detail(foreign)).isEqualTo(detail(missing));
        assertThat(send(
                                "POST",
                                "/api/requests/" + id + "/outcome",
                                medinipur,
                                "{\"result\":\"REFUSED\",\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/centres/" + desk.northDumDum() + "/requests", medinipur, null)
                        .statusCode())
                .isEqualTo(403);
    }
}
