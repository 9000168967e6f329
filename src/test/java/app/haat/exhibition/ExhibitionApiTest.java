package app.haat.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.centre.CentreSetupService;
import app.haat.centre.TrainingRecords;
import app.haat.centre.TrainingScheduleService;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.group.GroupProfileService;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
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

/** Venues, exhibitions and applications over real HTTP, with the same scoping as the UI. */
// A fresh context: every Spring context started in this JVM (the portal processes of other tests too) installs its own
// Vaadin security-context strategy in the static SecurityContextHolder; an older context's filters would then write
// the sign-in where the services no longer read it.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExhibitionApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    JsonMapper json;

    /** Sends through the contract: every /api answer is checked against the published OpenAPI description. */
    @Autowired
    ApiContract api;

    private HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws Exception {
        HttpRequest.Builder request = JsonRequests.request(method, "http://localhost:" + port + path, body)
                .header("Content-Type", "application/json")
                .header("Authorization", JsonRequests.basic(user, password));
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void venuesAndExhibitionsTakeAnOptionalBengaliNameAndTheReadsReturnIt() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        String plain = """
                {"kind":"MALL","name":"%s","municipalityId":%d,"floors":1,"planColumns":8,"planRows":4,
                 "kiosks":[{"code":"A1","floor":0,"x":0,"y":0,"capacity":4}]}""";
        // without a Bengali name: accepted, read back without one
        HttpResponse<String> english = send(
                "POST",
                "/api/venues",
                officer,
                TestAccounts.PASSWORD,
                plain.formatted(IntegrationTest.unique("English only mall "), bally));
        assertThat(english.statusCode()).as(english.body()).isEqualTo(201);
        JsonNode englishVenue = json.readTree(send(
                                "GET",
                                "/api/venues/"
                                        + json.readTree(english.body())
                                                .get("id")
                                                .asLong(),
                                officer,
                                TestAccounts.PASSWORD,
                                null)
                        .body())
                .get("venue");
        assertThat(englishVenue.path("nameBn").isMissingNode()
                        || englishVenue.path("nameBn").isNull())
                .as(englishVenue.toString())
                .isTrue();
        // with one: stored and read back, name and address
        String bengaliBody = plain.formatted(IntegrationTest.unique("Bally Bazar Mall "), bally)
                .replace("\"floors\"", "\"nameBn\":\"বালি বাজার মল\",\"addressBn\":\"স্টেশন রোড, বালি\",\"floors\"");
        HttpResponse<String> bengali = send("POST", "/api/venues", officer, TestAccounts.PASSWORD, bengaliBody);
        assertThat(bengali.statusCode()).as(bengali.body()).isEqualTo(201);
        long venue = json.readTree(bengali.body()).get("id").asLong();
        JsonNode read = json.readTree(send("GET", "/api/venues/" + venue, officer, TestAccounts.PASSWORD, null)
                        .body())
                .get("venue");
        assertThat(read.get("nameBn").asText()).isEqualTo("বালি বাজার মল");
        assertThat(read.get("addressBn").asText()).isEqualTo("স্টেশন রোড, বালি");
        // too long: refused with the reason, nothing kept
        HttpResponse<String> tooLong = send(
                "POST",
                "/api/venues",
                officer,
                TestAccounts.PASSWORD,
                bengaliBody.replace("বালি বাজার মল", "ম".repeat(201)).replace("Bally Bazar", "Too long"));
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).get("detail").asText()).contains("Bengali name is too long");

        LocalDate start = ExhibitionFixtures.mondayAhead(70);
        OffsetDateTime now = OffsetDateTime.now();
        String exhibition = """
                {"venueId":%d,"title":"Spring Fair","titleBn":"%s","startsOn":"%s","endsOn":"%s","slotLength":"WEEK",
                 "groupsPerKioskSlot":10,"applicationsOpenAt":"%s","applicationsCloseAt":"%s"}""";
        HttpResponse<String> longTitle = send(
                "POST",
                "/api/exhibitions",
                officer,
                TestAccounts.PASSWORD,
                exhibition.formatted(
                        venue, "ব".repeat(201), start, start.plusDays(13), now.minusMinutes(5), now.plusDays(30)));
        assertThat(longTitle.statusCode()).as(longTitle.body()).isEqualTo(400);
        assertThat(json.readTree(longTitle.body()).get("detail").asText()).contains("Bengali title is too long");
        HttpResponse<String> made = send(
                "POST",
                "/api/exhibitions",
                officer,
                TestAccounts.PASSWORD,
                exhibition.formatted(
                        venue, "বসন্ত মেলা", start, start.plusDays(13), now.minusMinutes(5), now.plusDays(30)));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long id = json.readTree(made.body()).get("id").asLong();
        JsonNode detail = json.readTree(send("GET", "/api/exhibitions/" + id, officer, TestAccounts.PASSWORD, null)
                        .body())
                .get("exhibition");
        assertThat(detail.get("title").asText()).isEqualTo("Spring Fair");
        assertThat(detail.get("titleBn").asText()).isEqualTo("বসন্ত মেলা");
        assertThat(detail.get("venueNameBn").asText()).isEqualTo("বালি বাজার মল");
        JsonNode listed = null;
        for (JsonNode summary : json.readTree(send("GET", "/api/exhibitions", officer, TestAccounts.PASSWORD, null)
                .body())) {
            if (summary.get("id").asLong() == id) {
                listed = summary;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("titleBn").asText()).isEqualTo("বসন্ত মেলা");
        assertThat(listed.get("venue").get("nameBn").asText()).isEqualTo("বালি বাজার মল");
    }

    @Test
    void anOfficerBuildsAMallAndAnExhibitionOverTheApiAndGroupsApplyToIt() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        String mall = """
                {"kind":"MALL","name":"Howrah API Mall","municipalityId":%d,"floors":1,"planColumns":8,"planRows":4,
                 "kiosks":[%s]}""".formatted(
                        bally,
                        String.join(
                                ",",
                                IntStream.range(0, 6)
                                        .mapToObj(i -> "{\"code\":\"A" + i + "\",\"floor\":0,\"x\":" + i
                                                + ",\"y\":0,\"capacity\":4,\"electricity\":true}")
                                        .toList()));
        HttpResponse<String> refused = send("POST", "/api/venues", stranger, TestAccounts.PASSWORD, mall);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        HttpResponse<String> created = send("POST", "/api/venues", officer, TestAccounts.PASSWORD, mall);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long venue = json.readTree(created.body()).get("id").asLong();
        assertThat(json.readTree(send("GET", "/api/venues/" + venue, officer, TestAccounts.PASSWORD, null)
                                .body())
                        .get("kiosks")
                        .size())
                .isEqualTo(6);
        assertThat(send("GET", "/api/venues/" + venue, stranger, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(403);
        // a kiosk off the floor is refused with the reason, and nothing of the venue is kept
        HttpResponse<String> offFloor = send(
                "POST",
                "/api/venues",
                officer,
                TestAccounts.PASSWORD,
                mall.replace("\"x\":5", "\"x\":9").replace("Howrah API Mall", "Off floor mall"));
        assertThat(offFloor.statusCode()).isEqualTo(400);
        assertThat(json.readTree(offFloor.body()).get("detail").asText()).contains("off the floor plan");

        LocalDate start = ExhibitionFixtures.mondayAhead(60);
        OffsetDateTime now = OffsetDateTime.now();
        String exhibition = """
                {"venueId":%d,"title":"Basanta Utsav","startsOn":"%s","endsOn":"%s","slotLength":"WEEK",
                 "groupsPerKioskSlot":10,"applicationsOpenAt":"%s","applicationsCloseAt":"%s"}""".formatted(venue, start, start.plusDays(13), now.minusMinutes(5), now.plusDays(30));
        assertThat(send("POST", "/api/exhibitions", stranger, TestAccounts.PASSWORD, exhibition)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> made = send("POST", "/api/exhibitions", officer, TestAccounts.PASSWORD, exhibition);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long id = json.readTree(made.body()).get("id").asLong();
        HttpResponse<String> overlap = send(
                "POST",
                "/api/exhibitions",
                officer,
                TestAccounts.PASSWORD,
                exhibition.replace("Basanta Utsav", "Clash"));
        assertThat(overlap.statusCode()).isEqualTo(409);
        assertThat(json.readTree(overlap.body()).get("detail").asText()).contains("Basanta Utsav");
        assertThat(send(
                                "POST",
                                "/api/exhibitions/" + id + "/status",
                                officer,
                                TestAccounts.PASSWORD,
                                "{\"status\":\"OPEN\"}")
                        .statusCode())
                .isEqualTo(204);
        JsonNode detail = json.readTree(send("GET", "/api/exhibitions/" + id, officer, TestAccounts.PASSWORD, null)
                .body());
        assertThat(detail.get("exhibition").get("status").asText()).isEqualTo("OPEN");
        List<Long> slots = new ArrayList<>();
        detail.get("slots").forEach(s -> slots.add(s.get("id").asLong()));
        assertThat(slots).hasSize(2);

        // groups apply for themselves; a duplicate is a conflict, a stranger's group is refused
        for (int i = 0; i < 5; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
            String body = "{\"slotPreferences\":[" + slots.get(i % 2) + "],\"productIds\":[" + group.product()
                    + "],\"needsElectricity\":true,\"declaration\":true}";
            HttpResponse<String> applied =
                    send("POST", "/api/exhibitions/" + id + "/applications", group.mobile(), "long-enough", body);
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
            if (i == 0) {
                assertThat(send("POST", "/api/exhibitions/" + id + "/applications", group.mobile(), "long-enough", body)
                                .statusCode())
                        .isEqualTo(409);
                assertThat(send("GET", "/api/exhibitions/" + id + "/applications", group.mobile(), "long-enough", null)
                                .statusCode())
                        .isEqualTo(403);
            }
        }
        // an officer enters a paper form for a group of their own municipality, not for another's
        VerifiedGroup paper = fx.verifiedGroup(officer, bally, "JUTE");
        String onBehalf = "{\"groupId\":" + paper.id() + ",\"slotPreferences\":[" + slots.get(0) + "],\"productIds\":["
                + paper.product() + "],\"declaration\":true}";
        assertThat(send("POST", "/api/exhibitions/" + id + "/applications", stranger, TestAccounts.PASSWORD, onBehalf)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/exhibitions/" + id + "/applications", officer, TestAccounts.PASSWORD, onBehalf)
                        .statusCode())
                .isEqualTo(201);
        JsonNode list = json.readTree(
                send("GET", "/api/exhibitions/" + id + "/applications", officer, TestAccounts.PASSWORD, null)
                        .body());
        assertThat(list.size()).isEqualTo(6);
        assertThat(list.get(0).get("onBehalf").asBoolean()).isTrue();
        assertThat(send("GET", "/api/exhibitions/" + id + "/applications", stranger, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> badStep = send(
                "POST",
                "/api/exhibitions/" + id + "/status",
                officer,
                TestAccounts.PASSWORD,
                "{\"status\":\"FINISHED\"}");
        assertThat(badStep.statusCode()).isEqualTo(400);

        // the allocation: refused while applications are open, and a seed must be a number
        HttpResponse<String> early =
                send("POST", "/api/exhibitions/" + id + "/allocation", officer, TestAccounts.PASSWORD, null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json.readTree(early.body()).get("detail").asText()).contains("once applications are closed");
        assertThat(send(
                                "POST",
                                "/api/exhibitions/" + id + "/allocation",
                                officer,
                                TestAccounts.PASSWORD,
                                "{\"seed\":\"abc\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "POST",
                                "/api/exhibitions/" + id + "/status",
                                officer,
                                TestAccounts.PASSWORD,
                                "{\"status\":\"CLOSED\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(send("POST", "/api/exhibitions/" + id + "/allocation", stranger, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> run =
                send("POST", "/api/exhibitions/" + id + "/allocation", officer, TestAccounts.PASSWORD, null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(json.readTree(run.body()).get("placements").size()).isEqualTo(6);
        JsonNode assignments = json.readTree(
                send("GET", "/api/exhibitions/" + id + "/assignments", officer, TestAccounts.PASSWORD, null)
                        .body());
        assertThat(assignments.size()).isEqualTo(6);

        // hand changes over the API: a move within the group's slot works, a slot it did not choose is refused
        JsonNode first = assignments.get(0);
        long assignment = first.get("id").asLong();
        long otherKiosk = json.readTree(send("GET", "/api/venues/" + venue, officer, TestAccounts.PASSWORD, null)
                        .body())
                .get("kiosks")
                .valueStream()
                .map(k -> k.get("id").asLong())
                .filter(k -> k != first.get("kioskId").asLong())
                .findFirst()
                .orElseThrow();
        long otherSlot = slots.stream()
                .filter(s -> s != first.get("slotId").asLong())
                .findFirst()
                .orElseThrow();
        String moveTo = "{\"kioskId\":%d,\"slotId\":%d,\"version\":%d}";
        String movePath = "/api/exhibitions/" + id + "/assignments/" + assignment + "/move";
        assertThat(send(
                                "POST",
                                movePath,
                                stranger,
                                TestAccounts.PASSWORD,
                                moveTo.formatted(
                                        otherKiosk,
                                        first.get("slotId").asLong(),
                                        first.get("version").asInt()))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> notChosen = send(
                "POST",
                movePath,
                officer,
                TestAccounts.PASSWORD,
                moveTo.formatted(otherKiosk, otherSlot, first.get("version").asInt()));
        assertThat(notChosen.statusCode()).isEqualTo(409);
        assertThat(json.readTree(notChosen.body()).get("detail").asText()).contains("did not choose slot");
        assertThat(send("POST", movePath, officer, TestAccounts.PASSWORD, "{\"kioskId\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> moved = send(
                "POST",
                movePath,
                officer,
                TestAccounts.PASSWORD,
                moveTo.formatted(
                        otherKiosk,
                        first.get("slotId").asLong(),
                        first.get("version").asInt()));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json.readTree(moved.body())
                        .valueStream()
                        .filter(a -> a.get("id").asLong() == assignment)
                        .findFirst()
                        .orElseThrow()
                        .get("kioskId")
                        .asLong())
                .isEqualTo(otherKiosk);
        // the same version again is stale; locking answers the locked placement
        assertThat(send(
                                "POST",
                                movePath,
                                officer,
                                TestAccounts.PASSWORD,
                                moveTo.formatted(
                                        first.get("kioskId").asLong(),
                                        first.get("slotId").asLong(),
                                        first.get("version").asInt()))
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> locked = send(
                "POST",
                "/api/exhibitions/" + id + "/assignments/" + assignment + "/lock",
                officer,
                TestAccounts.PASSWORD,
                "{\"locked\":true}");
        assertThat(json.readTree(locked.body())
                        .valueStream()
                        .filter(a -> a.get("id").asLong() == assignment)
                        .findFirst()
                        .orElseThrow()
                        .get("locked")
                        .asBoolean())
                .isTrue();
        assertThat(send(
                                "POST",
                                "/api/exhibitions/" + id + "/assignments/999999/lock",
                                officer,
                                TestAccounts.PASSWORD,
                                "{\"locked\":true}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void groupSearchOverTheApiIsScopedByRoleAndSurvivesAnyQuery() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
        long groupId = group.id();
        String q = "/api/groups/search?q="
                + URLEncoder.encode("karigar gosthi " + group.mobile(), StandardCharsets.UTF_8) + "&limit=5";
        JsonNode found = null;
        for (int i = 0; i < 100; i++) { // searchable within a second of the commit
            found = json.readTree(
                    send("GET", q, officer, TestAccounts.PASSWORD, null).body());
            if (found.get("hits").valueStream().anyMatch(h -> h.get("id").asLong() == groupId)) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(found.get("hits").get(0).get("id").asLong()).isEqualTo(groupId);
        assertThat(found.get("hits").get(0).get("municipality").asText()).isEqualTo("Bally");
        assertThat(found.get("facets").get("municipality").get(0).get("label").asText())
                .isEqualTo("Bally");
        JsonNode theirs = json.readTree(
                send("GET", q, stranger, TestAccounts.PASSWORD, null).body());
        assertThat(theirs.get("hits").valueStream().map(h -> h.get("id").asLong()))
                .doesNotContain(groupId);
        JsonNode itself = json.readTree(send("GET", "/api/groups/search?q=", group.mobile(), "long-enough", null)
                .body());
        assertThat(itself.get("total").asLong()).isEqualTo(1);
        for (String odd : List.of("%28%29%3A%2A%3F%7E%22%5C%2F", "x".repeat(10_000), "%E0%A6%BF", "%21%21%21")) {
            HttpResponse<String> answer =
                    send("GET", "/api/groups/search?q=" + odd, officer, TestAccounts.PASSWORD, null);
            assertThat(answer.statusCode())
                    .as(odd.length() > 30 ? "long query" : odd)
                    .isEqualTo(200);
        }
        assertThat(send("GET", "/api/groups/search?q=a&limit=abc", officer, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> anonymous = api.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/groups/search?q=a"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Autowired
    CentreSetupService centreSetup;

    @Autowired
    TrainingScheduleService trainingSchedule;

    @Autowired
    GroupProfileService profiles;

    @Test
    void trainingsOverTheApiAndTheRoomsPublicCalendarFeed() throws Exception {
        String staff = fx.accounts.staff();
        long bidhannagar = fx.municipality("Bidhannagar");
        long centre = fx.accounts.as(
                fx.accounts.admin(),
                () -> fx.venues.create(new VenueForm(
                        VenueKind.CENTRE,
                        "API centre " + System.nanoTime(),
                        bidhannagar,
                        "Sector-1",
                        1,
                        6,
                        3,
                        null,
                        null,
                        List.of(new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false)))));
        long room = fx.accounts.as(staff, () -> centreSetup.addRoom(centre, "Room A", 1, null));
        long trainer =
                fx.accounts.as(staff, () -> centreSetup.addTrainer("Api Trainer " + System.nanoTime(), null, "bn"));
        long topic =
                fx.accounts.as(staff, () -> centreSetup.topics()).getFirst().id();
        LocalDate day = LocalDate.now().plusDays(60); // feeds reach a year ahead
        long session = fx.accounts
                .as(
                        staff,
                        () -> trainingSchedule.createSeries(new TrainingRecords.SeriesForm(
                                topic, room, trainer, day, LocalTime.of(10, 30), 90, 1, 1, "bn")))
                .sessionIds()
                .getFirst();
        JsonNode list = json.readTree(
                send("GET", "/api/trainings?from=" + day + "&to=" + day, staff, TestAccounts.PASSWORD, null)
                        .body());
        assertThat(list.valueStream().map(n -> n.get("id").asLong())).contains(session);
        assertThat(send("GET", "/api/trainings?from=" + day + "&to=x", staff, TestAccounts.PASSWORD, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "GET",
                                "/api/trainings?from=" + day + "&to=" + day.minusDays(1),
                                staff,
                                TestAccounts.PASSWORD,
                                null)
                        .statusCode())
                .isEqualTo(400);

        // two leaders, one seat: the first is enrolled, the second waits; a stranger's member is refused
        String[] leaders = new String[2];
        long[] members = new long[2];
        for (int i = 0; i < 2; i++) {
            VerifiedGroup group = fx.verifiedGroup(fx.accounts.officer(Set.of(bidhannagar)), bidhannagar, "CRAFT");
            leaders[i] = group.mobile();
            long groupId = group.id();
            members[i] = fx.accounts.as(leaders[i], () -> profiles.addMember(groupId, "Member", null, null));
        }
        HttpResponse<String> first = send(
                "POST",
                "/api/trainings/" + session + "/enrollments",
                leaders[0],
                "long-enough",
                "{\"memberIds\":[" + members[0] + "]}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json.readTree(first.body()).get(0).get("status").asText()).isEqualTo("ENROLLED");
        HttpResponse<String> second = send(
                "POST",
                "/api/trainings/" + session + "/enrollments",
                leaders[1],
                "long-enough",
                "{\"memberIds\":[" + members[1] + "]}");
        assertThat(json.readTree(second.body()).get(0).get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(send(
                                "POST",
                                "/api/trainings/" + session + "/enrollments",
                                leaders[1],
                                "long-enough",
                                "{\"memberIds\":[" + members[0] + "]}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                "/api/trainings/" + session + "/enrollments",
                                leaders[1],
                                "long-enough",
                                "{\"memberIds\":[]}")
                        .statusCode())
                .isEqualTo(400);

        // the room's feed, without signing in: an iCalendar with the session in India time
        HttpResponse<String> feed = api.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/room/" + room + ".ics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body())
                .contains("BEGIN:VCALENDAR")
                .contains("training-" + session + "@haat")
                .contains("DTSTART:" + day.toString().replace("-", "") + "T050000Z");
    }
}
