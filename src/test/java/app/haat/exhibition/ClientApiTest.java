package app.haat.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client scripting a season needs from the API: the exhibitions it may see, a group's products (the ids an
 * application names), the ranked slots by id, and a refusal that names the call to use instead. Every answer is
 * checked against the published OpenAPI description.
 */
// a fresh context: see ApiTest on the static security-context strategy that every Spring context replaces
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientApiTest extends IntegrationTest {

    private static final String GROUP_PASSWORD = "long-enough";

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Autowired
    Translator translator;

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = JsonRequests.request(method, "http://localhost:" + port + path, body);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            String password = user.matches("\\d{10}") ? GROUP_PASSWORD : TestAccounts.PASSWORD;
            request.header("Authorization", JsonRequests.basic(user, password));
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(n -> n.get("id").asLong()).toList();
    }

    @Test
    void aGroupListsItsProductsAndAppliesWithThemAndTheOfficerSeesTheSlotIds() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
        String leader = group.mobile();
        long groupId = group.id();
        long jute = fx.groups.categories().stream()
                .filter(c -> c.code().equals("JUTE"))
                .findFirst()
                .orElseThrow()
                .id();
        long bag = fx.accounts.as(leader, () -> fx.products.addProduct(groupId, "Jute bag", null, jute, 150, null));

        // the group finds its own id, then its products
        assertThat(ok(send("GET", "/api/groups/me", leader, null)).get("id").asLong())
                .isEqualTo(groupId);
        String path = "/api/groups/" + groupId + "/products";
        JsonNode products = ok(send("GET", path, leader, null));
        assertThat(ids(products)).containsExactly(group.product(), bag);
        JsonNode kantha = products.get(0);
        assertThat(kantha.get("name").asText()).isEqualTo("Kantha " + leader);
        assertThat(kantha.get("category").isNull()).isTrue();
        assertThat(kantha.get("price").get("min").asInt()).isEqualTo(300);
        assertThat(kantha.get("price").get("max").asInt()).isEqualTo(900);
        assertThat(products.get(1).get("category").asText()).isEqualTo("JUTE");
        assertThat(products.get(1).get("price").get("max").isNull()).isTrue();
        // its officers and admins read them too; nobody else, and an unknown id looks like someone else's
        assertThat(ids(ok(send("GET", path, officer, null)))).hasSize(2);
        assertThat(ids(ok(send("GET", path, fx.accounts.admin(), null)))).hasSize(2);
        assertProblem(send("GET", path, stranger, null), 403);
        assertProblem(send("GET", path, fx.accounts.staff(), null), 403);
        assertProblem(send("GET", path, fx.verifiedGroup(officer, bally, "JUTE").mobile(), null), 403);
        assertProblem(send("GET", path, null, null), 401);
        assertProblem(send("GET", "/api/groups/999999999/products", stranger, null), 403);
        assertProblem(send("GET", "/api/groups/999999999/products", leader, null), 403);
        assertProblem(send("GET", "/api/groups/999999999/products", fx.accounts.admin(), null), 404);
        assertProblem(send("GET", "/api/groups/me", officer, null), 403);

        // the group applies with the listed ids, second slot first; the officer reads both forms of the ranking
        long venue = fx.mall(officer, bally, 4);
        long exhibition = fx.openExhibition(
                officer, venue, "Products Haat", LocalDate.now().plusDays(60), 14, SlotLength.WEEK, 10);
        JsonNode open = ok(send("GET", "/api/exhibitions/open", leader, null));
        JsonNode mine = open.valueStream()
                .filter(e -> e.get("exhibition").get("id").asLong() == exhibition)
                .findFirst()
                .orElseThrow();
        List<Long> slots = ids(mine.get("slots"));
        assertThat(slots).hasSize(2);
        HttpResponse<String> applied = send(
                "POST",
                "/api/exhibitions/" + exhibition + "/applications",
                leader,
                "{\"slotPreferences\":[" + slots.get(1) + "," + slots.get(0) + "],\"productIds\":" + ids(products)
                        + ",\"declaration\":true}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        JsonNode application = ok(send("GET", "/api/exhibitions/" + exhibition + "/applications", officer, null))
                .get(0);
        assertThat(application.get("groupId").asLong()).isEqualTo(groupId);
        assertThat(application.get("preferredSlots").valueStream().map(JsonNode::asInt))
                .containsExactly(2, 1);
        assertThat(application.get("preferredSlotIds").valueStream().map(JsonNode::asLong))
                .containsExactly(slots.get(1), slots.get(0));
        List<Application> streamed = new ArrayList<>();
        fx.accounts.as(officer, () -> {
            try (var rows =
                    applicationRepository.stream(exhibition, new ApplicationFilter(null, null, null, null, null))) {
                rows.forEach(streamed::add);
            }
        });
        assertThat(streamed.getFirst().preferredSlotIds()).containsExactly(slots.get(1), slots.get(0));
    }

    @Autowired
    ApplicationRepository applicationRepository;

    @Test
    void exhibitionsAreListedAsTheViewsShowThemAndFilteredByStatusAndMunicipality() throws Exception {
        long bally = fx.municipality("Bally");
        long kolkata = fx.municipality("Kolkata");
        long bidhannagar = fx.municipality("Bidhannagar");
        String officer = fx.accounts.officer(Set.of(bally));
        String kolkataOfficer = fx.accounts.officer(Set.of(kolkata));
        String staff = fx.accounts.staff();
        String admin = fx.accounts.admin();
        LocalDate start = LocalDate.now().plusDays(90);
        long open = fx.openExhibition(officer, fx.mall(officer, bally, 3), "Listed Open", start, 7, SlotLength.WEEK, 5);
        long draft = fx.exhibition(kolkataOfficer, fx.mall(kolkataOfficer, kolkata, 2), start, List.of());
        long centre = fx.accounts.as(
                admin,
                () -> fx.venues.create(new VenueForm(
                        VenueKind.CENTRE,
                        "List centre " + System.nanoTime(),
                        bidhannagar,
                        "Sector-1",
                        1,
                        6,
                        3,
                        null,
                        null,
                        List.of(new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false)))));
        long rotation = fx.exhibition(staff, centre, start, List.of());

        assertThat(ids(ok(send("GET", "/api/exhibitions", admin, null)))).contains(open, draft, rotation);
        assertThat(ids(ok(send("GET", "/api/exhibitions", officer, null))))
                .contains(open)
                .doesNotContain(draft, rotation);
        assertThat(ids(ok(send("GET", "/api/exhibitions", staff, null))))
                .contains(rotation)
                .doesNotContain(open, draft);
        assertThat(ids(ok(send("GET", "/api/exhibitions?status=OPEN", admin, null))))
                .contains(open)
                .doesNotContain(draft, rotation);
        assertThat(ids(ok(send("GET", "/api/exhibitions?status=DRAFT&municipality=" + kolkata, admin, null))))
                .contains(draft)
                .doesNotContain(open, rotation);
        // a municipality outside the officer's scope gives nothing, as search does
        assertThat(ok(send("GET", "/api/exhibitions?municipality=" + kolkata, officer, null)))
                .isEmpty();
        assertProblem(send("GET", "/api/exhibitions?status=SOON", admin, null), 400);
        assertProblem(send("GET", "/api/exhibitions?municipality=Bally", admin, null), 400);
        assertProblem(send("GET", "/api/exhibitions", null, null), 401);

        JsonNode listed = ok(send("GET", "/api/exhibitions", officer, null))
                .valueStream()
                .filter(e -> e.get("id").asLong() == open)
                .findFirst()
                .orElseThrow();
        Exhibition expected = fx.accounts.as(officer, () -> fx.exhibitions.get(open));
        assertThat(listed.get("title").asText()).isEqualTo("Listed Open");
        assertThat(listed.get("venue").get("id").asLong()).isEqualTo(expected.venueId());
        assertThat(listed.get("venue").get("name").asText()).isEqualTo(expected.venueName());
        assertThat(listed.get("startsOn").asText()).isEqualTo(start.toString());
        assertThat(listed.get("endsOn").asText()).isEqualTo(start.plusDays(6).toString());
        assertThat(listed.get("status").asText()).isEqualTo("OPEN");
        assertThat(OffsetDateTime.parse(
                                listed.get("applicationWindow").get("opensAt").asText())
                        .toInstant())
                .isEqualTo(expected.applicationsOpenAt().toInstant());
        assertThat(OffsetDateTime.parse(
                                listed.get("applicationWindow").get("closesAt").asText())
                        .toInstant())
                .isEqualTo(expected.applicationsCloseAt().toInstant());
        assertThat(listed.get("applications").asInt()).isZero();

        // a group sees the exhibitions taking its applications, then those it applied to, never others
        VerifiedGroup applicant = fx.verifiedGroup(officer, bally, "JUTE");
        VerifiedGroup bystander = fx.verifiedGroup(officer, bally, "JUTE");
        long siliguri = fx.municipality("Siliguri"); // outside the Bally mall's catchment
        VerifiedGroup farAway = fx.verifiedGroup(fx.accounts.officer(Set.of(siliguri)), siliguri, "JUTE");
        assertThat(ids(ok(send("GET", "/api/exhibitions", applicant.mobile(), null))))
                .contains(open)
                .doesNotContain(draft, rotation);
        assertThat(ids(ok(send("GET", "/api/exhibitions", farAway.mobile(), null))))
                .doesNotContain(open);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(open))
                .getFirst()
                .id();
        assertThat(send(
                                "POST",
                                "/api/exhibitions/" + open + "/applications",
                                applicant.mobile(),
                                "{\"slotPreferences\":[" + slot + "],\"productIds\":[" + applicant.product()
                                        + "],\"declaration\":true}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/api/exhibitions/" + open + "/status", officer, "{\"status\":\"CLOSED\"}")
                        .statusCode())
                .isEqualTo(204);
        JsonNode applied = ok(send("GET", "/api/exhibitions?status=CLOSED", applicant.mobile(), null));
        assertThat(ids(applied)).containsExactly(open);
        assertThat(applied.get(0).get("applications").asInt()).isEqualTo(1);
        assertThat(ids(ok(send("GET", "/api/exhibitions", bystander.mobile(), null))))
                .doesNotContain(open);
    }

    @Test
    void thePublishedStepIsRefusedWithTheCallThatPublishes() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long exhibition = fx.openExhibition(
                officer,
                fx.mall(officer, bally, 2),
                "Publish Haat",
                LocalDate.now().plusDays(120),
                7,
                SlotLength.WEEK,
                5);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        IntStream.range(0, 2).forEach(i -> {
            VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
            try {
                assertThat(send(
                                        "POST",
                                        "/api/exhibitions/" + exhibition + "/applications",
                                        group.mobile(),
                                        "{\"slotPreferences\":[" + slot + "],\"productIds\":[" + group.product()
                                                + "],\"declaration\":true}")
                                .statusCode())
                        .isEqualTo(201);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String status = "/api/exhibitions/" + exhibition + "/status";
        assertThat(send("POST", status, officer, "{\"status\":\"CLOSED\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> early = send("POST", status, officer, "{\"status\":\"ALLOCATED\"}");
        assertProblem(early, 400);
        assertThat(json.readTree(early.body()).get("detail").asText())
                .contains("POST /api/exhibitions/{id}/allocation");
        ok(send("POST", "/api/exhibitions/" + exhibition + "/allocation", officer, null));

        HttpResponse<String> refused = send("POST", status, officer, "{\"status\":\"PUBLISHED\"}");
        assertProblem(refused, 400);
        assertThat(json.readTree(refused.body()).get("detail").asText())
                .contains("allocation board")
                .contains("POST /api/exhibitions/{id}/publish");
        assertThat(translator.getTranslation("exhibition.error.publishOnBoard", Translator.BENGALI))
                .contains("বরাদ্দ বোর্ড")
                .contains("POST /api/exhibitions/{id}/publish");
        // the groups signed up without e-mail addresses: the answer counts the messages queued, none here
        assertThat(ok(send("POST", "/api/exhibitions/" + exhibition + "/publish", officer, null))
                        .get("messages")
                        .isInt())
                .isTrue();
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.get(exhibition)).status())
                .isEqualTo(ExhibitionStatus.PUBLISHED);
    }
}
