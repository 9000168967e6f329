package app.haat.otp;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.SignUpForm;
import app.haat.region.RegionService;
import app.haat.support.ApiContract;
import app.haat.support.MailTest;
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

/** {@code /api/otp} over real HTTP, codes read from what the embedded SMSC received; answers checked by the contract. */
// a fresh context, as for the other API tests (see core.ApiTest)
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OtpApiTest extends MailTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiContract api;

    @Autowired
    JsonMapper json;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    RegionService regions;

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long paperGroup(String mobile) {
        long bally = municipalityNamed("Bally");
        return accounts.as(
                accounts.officer(Set.of(bally)),
                () -> registrations.createVerified(
                        new SignUpForm(
                                unique("Api Gosthi "),
                                bally,
                                "3",
                                10,
                                "Rina Das",
                                mobile,
                                null,
                                null,
                                true,
                                Set.of(),
                                "bn"),
                        null));
    }

    @Test
    void askingAlwaysAnswers202WithTheSameBody() throws Exception {
        String known = GroupRegistryTest.newMobile();
        paperGroup(known);
        HttpResponse<String> forKnown = post("/api/otp", "{\"mobile\":\"" + known + "\",\"purpose\":\"SIGNIN\"}");
        HttpResponse<String> forUnknown =
                post("/api/otp", "{\"mobile\":\"" + GroupRegistryTest.newMobile() + "\",\"purpose\":\"SIGNIN\"}");
        HttpResponse<String> forLandline = post("/api/otp", "{\"mobile\":\"033 2345 6789\",\"purpose\":\"SIGNUP\"}");
        HttpResponse<String> forNonsense = post("/api/otp", "{\"mobile\":\"" + known + "\",\"purpose\":\"LUNCH\"}");
        HttpResponse<String> again = post("/api/otp", "{\"mobile\":\"" + known + "\",\"purpose\":\"SIGNIN\"}");
        for (HttpResponse<String> response : java.util.List.of(forKnown, forUnknown, forLandline, forNonsense, again)) {
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo(forKnown.body());
        }
        assertThat(json.readTree(forKnown.body()).get("validSeconds").asLong()).isEqualTo(600);
        codeSentTo(known, 1);
        assertThat(smsTo(known)).hasSize(1); // the second ask came within the minute
    }

    @Test
    void aRightSignInCodeSignsTheSessionInAndAWrongOneIsA400InTheClientsLanguage() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        long group = paperGroup(mobile);
        post("/api/otp", "{\"mobile\":\"+91 " + mobile + "\",\"purpose\":\"SIGNIN\"}");
        String code = codeSentTo(mobile, 1);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

        HttpResponse<String> refused = post(
                "/api/otp/verify",
                "{\"mobile\":\"" + mobile + "\",\"purpose\":\"SIGNIN\",\"code\":\"" + wrong + "\"}",
                "Accept-Language",
                "bn");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("errors").get(0).asText()).isEqualTo("কোডটি ঠিক নয়। এসএমএস দেখে আবার লিখুন।");

        HttpResponse<String> signedIn = post(
                "/api/otp/verify", "{\"mobile\":\"" + mobile + "\",\"purpose\":\"SIGNIN\",\"code\":\"" + code + "\"}");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        JsonNode body = json.readTree(signedIn.body());
        assertThat(body.get("groupId").asLong()).isEqualTo(group);
        assertThat(body.get("name").asText()).startsWith("Api Gosthi ");
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly"));
    }

    @Test
    void aSignUpCodeGivesTheVerifiedNumberTicketAndAResetCodeAPassword() throws Exception {
        String fresh = GroupRegistryTest.newMobile();
        post("/api/otp", "{\"mobile\":\"" + fresh + "\",\"purpose\":\"SIGNUP\"}");
        HttpResponse<String> verified = post(
                "/api/otp/verify",
                "{\"mobile\":\"" + fresh + "\",\"purpose\":\"SIGNUP\",\"code\":\"" + codeSentTo(fresh, 1) + "\"}");
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(json.readTree(verified.body()).get("verifiedMobile").asText())
                .startsWith("mobile.");

        String mobile = GroupRegistryTest.newMobile();
        long group = paperGroup(mobile);
        post("/api/otp", "{\"mobile\":\"" + mobile + "\",\"purpose\":\"RESET\"}");
        HttpResponse<String> granted = post(
                "/api/otp/verify",
                "{\"mobile\":\"" + mobile + "\",\"purpose\":\"RESET\",\"code\":\"" + codeSentTo(mobile, 1) + "\"}");
        assertThat(granted.statusCode()).isEqualTo(200);
        String ticket = json.readTree(granted.body()).get("resetTicket").asText();
        HttpResponse<String> done =
                post("/api/otp/reset", "{\"ticket\":\"" + ticket + "\",\"newPassword\":\"new-password-1\"}");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(json.readTree(done.body()).get("username").asText()).isEqualTo("g" + group);
        HttpResponse<String> again =
                post("/api/otp/reset", "{\"ticket\":\"" + ticket + "\",\"newPassword\":\"new-password-2\"}");
        assertThat(again.statusCode()).isEqualTo(400);
    }

    @Test
    void twoGroupsOnOneNumberAnswerTheListThenTheOnePicked() throws Exception {
        String mobile = GroupRegistryTest.newMobile();
        long first = paperGroup(mobile);
        long second = paperGroup(mobile);
        post("/api/otp", "{\"mobile\":\"" + mobile + "\",\"purpose\":\"SIGNIN\"}");
        String code = codeSentTo(mobile, 1);
        HttpResponse<String> choose = post(
                "/api/otp/verify", "{\"mobile\":\"" + mobile + "\",\"purpose\":\"SIGNIN\",\"code\":\"" + code + "\"}");
        assertThat(choose.statusCode()).isEqualTo(200);
        JsonNode groups = json.readTree(choose.body()).get("groups");
        assertThat(groups.size()).isEqualTo(2);
        assertThat(groups.get(0).get("id").asLong()).isEqualTo(first);
        HttpResponse<String> picked = post(
                "/api/otp/verify",
                "{\"mobile\":\"" + mobile + "\",\"purpose\":\"SIGNIN\",\"code\":\"" + code + "\",\"groupId\":" + second
                        + "}");
        assertThat(json.readTree(picked.body()).get("groupId").asLong()).isEqualTo(second);
    }

    @Test
    void aCheckFromAnotherSiteIsRefusedBeforeItCountsATry() throws Exception {
        HttpResponse<String> response = post(
                "/api/otp/verify",
                "{\"mobile\":\"9830012345\",\"purpose\":\"SIGNIN\",\"code\":\"123456\"}",
                "Origin",
                "https://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        HttpResponse<String> form = api.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/otp"))
                        .POST(HttpRequest.BodyPublishers.ofString("mobile=9830012345&purpose=SIGNIN"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
    }
}
