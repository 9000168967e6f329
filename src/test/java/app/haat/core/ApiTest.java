package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupRegistrationService;
import app.haat.region.RegionService;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.SignUps;
import app.haat.support.TestAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP: Basic sign-in, role checks in the service, problem details for every error. */
// A fresh context: every Spring context started in this JVM (the portal processes of other tests too) installs its own
// Vaadin security-context strategy in the static SecurityContextHolder; an older context's filters would then write
// the sign-in where the services no longer read it.
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RegionService regions;

    @Autowired
    JsonMapper json;

    @Autowired
    GroupRegistrationService registrations;

    /** Sends through the contract: every /api answer is checked against the published OpenAPI description. */
    @Autowired
    ApiContract api;

    private HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = JsonRequests.request(method, "http://localhost:" + port + path, body);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", JsonRequests.basic(user, password));
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemNotTheSignInPage() throws Exception {
        HttpResponse<String> response = send("GET", "/api/municipalities", null, null, null);
        assertProblem(response, 401);
        assertThat(response.body()).doesNotContain("<html");
        assertProblem(send("GET", "/api/municipalities", "admin", "wrong-password", null), 401);
    }

    @Test
    void municipalitiesListsAll127InBothScripts() throws Exception {
        String staff = accounts.staff();
        HttpResponse<String> response = send("GET", "/api/municipalities", staff, TestAccounts.PASSWORD, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(response.body());
        assertThat(list.size()).isEqualTo(127);
        boolean foundBally = false;
        for (JsonNode m : list) {
            if (m.get("nameEn").asText().equals("Bally")) {
                foundBally = true;
                assertThat(m.get("nameBn").asText()).isEqualTo("বালি");
                assertThat(m.get("district").asText()).isEqualTo("Howrah");
                assertThat(m.get("type").asText()).isEqualTo("MUNICIPALITY");
                assertThat(m.get("id").asLong()).isPositive();
            }
        }
        assertThat(foundBally).isTrue();
    }

    @Test
    void adminsCreateUsersOthersAreForbidden() throws Exception {
        String admin = accounts.admin();
        long bally = municipality("Bally");
        String username = unique("api-officer");
        String body = """
                {"username":"%s","password":"long-enough-1","role":"MUNICIPAL_OFFICER","municipalities":[%d],
                 "language":"bn"}""".formatted(username, bally);
        HttpResponse<String> created = send("POST", "/api/users", admin, TestAccounts.PASSWORD, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("id").asLong()).isPositive();

        // the new officer can use the API, but may not create users
        assertThat(send("GET", "/api/municipalities", username, "long-enough-1", null)
                        .statusCode())
                .isEqualTo(200);
        String another = body.replace(username, username + "x");
        assertProblem(send("POST", "/api/users", username, "long-enough-1", another), 403);

        assertProblem(send("POST", "/api/users", admin, TestAccounts.PASSWORD, body), 409);
        HttpResponse<String> invalid = send(
                "POST",
                "/api/users",
                admin,
                TestAccounts.PASSWORD,
                "{\"username\":\"x\",\"password\":\"1\",\"role\":\"KING\"}");
        assertProblem(invalid, 400);
        HttpResponse<String> noScope = send(
                "POST",
                "/api/users",
                admin,
                TestAccounts.PASSWORD,
                "{\"username\":\"" + unique("o") + "\",\"password\":\"long-enough\",\"role\":\"MUNICIPAL_OFFICER\"}");
        assertProblem(noScope, 400);
        assertThat(json.readTree(noScope.body()).get("detail").asText()).contains("at least one municipality");
        assertProblem(send("POST", "/api/users", admin, TestAccounts.PASSWORD, "{not json"), 400);
    }

    @Test
    void anAccountMadeWithAMobileChoosesItsChannelsThroughTheApi() throws Exception {
        String admin = accounts.admin();
        long bally = municipality("Bally");
        String username = unique("api-reach");
        String body = """
                {"username":"%s","password":"long-enough-1","role":"MUNICIPAL_OFFICER","municipalities":[%d],
                 "language":"bn","mobile":"+91 98300 12345","email":"reach@example.org"}""".formatted(username, bally);
        assertThat(send("POST", "/api/users", admin, TestAccounts.PASSWORD, body)
                        .statusCode())
                .isEqualTo(201);
        var mine = json.readTree(
                send("GET", "/api/account", username, "long-enough-1", null).body());
        assertThat(mine.get("mobile").asText()).isEqualTo("9830012345");
        assertThat(mine.get("notifyBySms").asBoolean()).isTrue();
        assertThat(mine.get("notifyByEmail").asBoolean()).isTrue();

        HttpResponse<String> chosen = send(
                "PUT",
                "/api/account/channels",
                username,
                "long-enough-1",
                "{\"notifyBySms\":false,\"notifyByEmail\":true}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(json.readTree(chosen.body()).get("notifyBySms").asBoolean()).isFalse();
        assertProblem(
                send(
                        "PUT",
                        "/api/account/channels",
                        username,
                        "long-enough-1",
                        "{\"notifyBySms\":false,\"notifyByEmail\":false}"),
                400);
        assertProblem(send("PUT", "/api/account/channels", username, "long-enough-1", "{\"notifyBySms\":true}"), 400);
        assertProblem(
                send(
                        "POST",
                        "/api/users",
                        admin,
                        TestAccounts.PASSWORD,
                        body.replace(username, username + "x").replace("+91 98300 12345", "12345")),
                400);
    }

    @Test
    void aGroupRecordIsReadableOnlyWithinScope() throws Exception {
        long bally = municipality("Bally");
        long kolkata = municipality("Kolkata");
        String mobile = app.haat.group.GroupRegistryTest.newMobile();
        long id = registrations.register(SignUps.english("API Gosthi " + mobile, bally, mobile, "group-password"));
        String path = "/api/groups/" + id;
        assertProblem(send("GET", path, null, null, null), 401);
        assertProblem(send("GET", path, accounts.officer(Set.of(kolkata)), TestAccounts.PASSWORD, null), 403);
        assertProblem(send("GET", path, accounts.staff(), TestAccounts.PASSWORD, null), 403);
        HttpResponse<String> officer = send("GET", path, accounts.officer(Set.of(bally)), TestAccounts.PASSWORD, null);
        assertThat(officer.statusCode())
                .as(officer.body() + officer.headers().map())
                .isEqualTo(200);
        assertThat(json.readTree(officer.body()).get("name").asText()).isEqualTo("API Gosthi " + mobile);
        assertThat(send("GET", path, mobile, "group-password", null).statusCode())
                .isEqualTo(200);
        assertProblem(send("GET", "/api/groups/999999999", accounts.admin(), TestAccounts.PASSWORD, null), 404);
    }

    @Test
    void aGroupAsksToBeDeletedAndOnlyItsOfficerConfirmsOverTheApi() throws Exception {
        long bally = municipality("Bally");
        long kolkata = municipality("Kolkata");
        String mobile = app.haat.group.GroupRegistryTest.newMobile();
        long id = registrations.register(SignUps.english("Delete Me " + mobile, bally, mobile, "group-password"));
        String confirm = "/api/groups/" + id + "/deletion";
        String ballyOfficer = accounts.officer(Set.of(bally));
        assertProblem(send("POST", confirm, ballyOfficer, TestAccounts.PASSWORD, null), 400); // not asked for yet
        assertThat(send("POST", "/api/groups/me/deletion-request", mobile, "group-password", null)
                        .statusCode())
                .isEqualTo(204);
        assertProblem(send("POST", "/api/groups/me/deletion-request", ballyOfficer, TestAccounts.PASSWORD, null), 403);
        assertProblem(send("POST", confirm, mobile, "group-password", null), 403);
        assertProblem(send("POST", confirm, accounts.officer(Set.of(kolkata)), TestAccounts.PASSWORD, null), 403);
        assertThat(send("POST", confirm, ballyOfficer, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(204);
        assertProblem(send("POST", confirm, ballyOfficer, TestAccounts.PASSWORD, null), 409);
        // the group's credentials no longer work
        assertProblem(send("GET", "/api/groups/" + id, mobile, "group-password", null), 401);
        JsonNode erased = json.readTree(send("GET", "/api/groups/" + id, ballyOfficer, TestAccounts.PASSWORD, null)
                .body());
        assertThat(erased.get("status").asText()).isEqualTo("DELETED");
        assertThat(erased.get("phone").isNull()).isTrue();
    }

    @Test
    void groupsImportFromCsvOverTheApi() throws Exception {
        String admin = accounts.admin();
        String phone = app.haat.group.GroupRegistryTest.newMobile();
        String csv = "name,municipality,ward,members,leader_name,phone\nApi Import Gosthi,Bally,3,10,Rina," + phone
                + "\nBad Row,Bally,3,10,Rina,12345\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/groups/import"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", JsonRequests.basic(admin, TestAccounts.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = api.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").get(0).get("errors").get(0).asText()).contains("12345");
        // the row errors come in the language the client asks for
        HttpRequest inBengali = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Accept-Language", "bn")
                .build();
        JsonNode bengali = json.readTree(
                api.send(inBengali, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(bengali.get("updated").asInt()).isEqualTo(1);
        assertThat(bengali.get("rejected").get(0).get("errors").get(0).asText())
                .isEqualTo("phone \"12345\" ৬-৯ দিয়ে শুরু ১০ অঙ্কের মোবাইল নম্বর নয়");

        HttpRequest broken = HttpRequest.newBuilder(request, (name, value) -> true)
                .POST(HttpRequest.BodyPublishers.ofString("name,ward\n\"x,1\n"))
                .build();
        HttpResponse<String> refused = api.send(broken, HttpResponse.BodyHandlers.ofString());
        assertProblem(refused, 400);
        assertThat(json.readTree(refused.body()).get("detail").asText()).contains("Columns missing");
    }

    @Test
    void openApiDescriptionAndHealthArePublicOtherActuatorsAreNot() throws Exception {
        HttpResponse<String> docs = send("GET", "/api/docs", null, null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(docs.body()).get("paths").has("/api/users")).isTrue();

        HttpResponse<String> health = send("GET", "/actuator/health", null, null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(send("GET", "/actuator/env", accounts.admin(), TestAccounts.PASSWORD, null)
                        .statusCode())
                .isNotEqualTo(200);
        assertThat(Set.of(404, 401, 403, 302))
                .contains(send("GET", "/actuator/beans", null, null, null).statusCode());
    }

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }
}
