package app.haat.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code PATCH /api/exhibitions/{id}} over real HTTP: only the fields given change, in scope, version-checked. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExhibitionEditApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Test
    void theOfficerPatchesTheTermsAndTheFlaggedApplicationShows() throws Exception {
        long bally = fx.municipality("Bally");
        long howrah = fx.municipality("Howrah");
        String officer = fx.accounts.officer(Set.of(bally, howrah));
        long mall = fx.mall(officer, bally, 1);
        long id = fx.openExhibition(
                officer, mall, "Patched fair", ExhibitionFixtures.mondayAhead(150), 5, SlotLength.WHOLE, 1);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        long application = fx.apply(fx.verifiedGroup(officer, howrah, "JUTE"), id, slot);
        String path = "/api/exhibitions/" + id;

        // another municipality's officer: refused; a stale version: refused with the reason
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Medinipur")));
        assertThat(send(path, stranger, "{\"title\":\"Taken over\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> stale = send(path, officer, "{\"title\":\"Late\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this exhibition");
        HttpResponse<String> tooLong = send(path, officer, "{\"title\":\"" + "x".repeat(201) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);

        // the title and the catchment (Bally only): the Howrah application is flagged, still in play
        HttpResponse<String> edited = send(
                path,
                officer,
                "{\"title\":\"Patched winter fair\",\"catchment\":{\"kind\":\"MUNICIPALITIES\",\"ids\":[" + bally
                        + "]}}");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).get("flagged").asInt()).isEqualTo(1);
        Exhibition after = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        assertThat(after.title()).isEqualTo("Patched winter fair");
        assertThat(after.catchmentLabel()).isEqualTo("MUNICIPALITIES:1");
        JsonNode listed = json.readTree(fx.accounts.as(
                officer,
                () -> json.writeValueAsString(
                        fx.applications.page(id, new ApplicationFilter(null, null, null, null, null), 0, 10))));
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(application);
        assertThat(listed.get(0).get("outsideTerms").asBoolean()).isTrue();
        assertThat(listed.get(0).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.categories(id))).isEqualTo(List.of());

        // closed: refused with the reason
        fx.close(officer, id);
        HttpResponse<String> closed = send(path, officer, "{\"title\":\"Too late\"}");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("Only a draft or open exhibition can be edited");
    }

    private HttpResponse<String> send(String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
