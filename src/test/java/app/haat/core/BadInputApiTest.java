package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.centre.CentreSetupService;
import app.haat.centre.TrainingRecords;
import app.haat.centre.TrainingScheduleService;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.group.GroupProfileService;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of bad input outside testers sent (and more): each answers a clear 4xx problem with a human message in
 * the client's language, and the database is exactly as before. The baseline bodies the rows spoil are themselves
 * accepted (see {@link #theBaselineBodiesAreAccepted()}), so each row fails for the one thing it spoils.
 */
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputApiTest extends IntegrationTest {

    enum Who {
        ADMIN,
        OFFICER,
        STAFF,
        GROUP
    }

    record Row(String name, Who who, String method, String path, String contentType, String body, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String JSON = "application/json";
    private static final LocalDate TODAY = LocalDate.now(Formats.INDIA);
    private static final OffsetDateTime NOW = OffsetDateTime.now(Formats.INDIA).withNano(0);
    /** Whatever no id, key or placeholder of ours looks like: a message, not a bundle key or an exception. */
    private static final String KEY = "[a-z][a-zA-Z]*(\\.[a-zA-Z0-9_]+)+";

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    JsonMapper json;

    @Autowired
    DSLContext dsl;

    @Autowired
    CentreSetupService centreSetup;

    @Autowired
    TrainingScheduleService trainingSchedule;

    @Autowired
    GroupProfileService profiles;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Who, String> users = new java.util.EnumMap<>(Who.class);
    private final Map<String, String> ids = new java.util.HashMap<>();
    /** The baseline test's own venue, group and member, so that what it creates never decides a row's answer. */
    private final Map<String, String> spareIds = new java.util.HashMap<>();

    private String spareGroup;

    @BeforeAll
    void buildASeason() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        users.put(Who.ADMIN, fx.accounts.admin());
        users.put(Who.OFFICER, officer);
        users.put(Who.STAFF, fx.accounts.staff());
        long mall = fx.mall(officer, bally, 4);
        long exhibition =
                fx.openExhibition(officer, mall, "Bad input fair", TODAY.plusDays(30), 14, SlotLength.WEEK, 2);
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "JUTE");
        users.put(Who.GROUP, group.mobile());
        long groupId = group.id();
        long member = fx.accounts.as(group.mobile(), () -> profiles.addMember(groupId, "Member", null, null));
        String staff = users.get(Who.STAFF);
        long centre = fx.accounts.as(
                users.get(Who.ADMIN),
                () -> fx.venues.create(new VenueForm(
                        VenueKind.CENTRE,
                        "Bad input centre " + System.nanoTime(),
                        fx.municipality("Bidhannagar"),
                        "Sector-1",
                        1,
                        6,
                        3,
                        null,
                        null,
                        List.of(new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false)))));
        long room = fx.accounts.as(staff, () -> centreSetup.addRoom(centre, "Room " + System.nanoTime(), 10, null));
        long trainer = fx.accounts.as(staff, () -> centreSetup.addTrainer("Trainer " + System.nanoTime(), null, "bn"));
        long topic =
                fx.accounts.as(staff, () -> centreSetup.topics()).getFirst().id();
        long session = fx.accounts
                .as(
                        staff,
                        () -> trainingSchedule.createSeries(new TrainingRecords.SeriesForm(
                                topic, room, trainer, TODAY.plusDays(40), LocalTime.of(10, 30), 90, 1, 5, "bn")))
                .sessionIds()
                .getFirst();
        List<Long> slots =
                fx.exhibitions.slots(exhibition).stream().map(s -> s.id()).toList();
        ids.put("{bally}", String.valueOf(bally));
        ids.put("{venue}", String.valueOf(mall));
        ids.put("{exhibition}", String.valueOf(exhibition));
        ids.put("{slot}", String.valueOf(slots.getFirst()));
        ids.put("{product}", String.valueOf(group.product()));
        ids.put("{session}", String.valueOf(session));
        ids.put("{member}", String.valueOf(member));
        spareIds.putAll(ids);
        spareIds.put("{venue}", String.valueOf(fx.mall(officer, bally, 2)));
        VerifiedGroup spare = fx.verifiedGroup(officer, bally, "JUTE");
        spareGroup = spare.mobile();
        spareIds.put("{product}", String.valueOf(spare.product()));
        spareIds.put(
                "{member}",
                String.valueOf(
                        fx.accounts.as(spareGroup, () -> profiles.addMember(spare.id(), "Spare member", null, null))));
    }

    // ---- the baseline bodies; each row spoils one thing in one of them ----

    private static String exhibition(LocalDate starts, LocalDate ends) {
        return """
                {"venueId":{venue},"title":"Winter fair","startsOn":"%s","endsOn":"%s","slotLength":"WEEK",
                 "groupsPerKioskSlot":2,"applicationsOpenAt":"%s","applicationsCloseAt":"%s"}""".formatted(starts, ends, NOW.minusHours(1), NOW.plusDays(5));
    }

    private static final String EXHIBITION = exhibition(TODAY.plusDays(90), TODAY.plusDays(103));

    private static String exhibitionWith(String from, String to) {
        return EXHIBITION.replace(from, to);
    }

    private static String catchment(String catchment) {
        return EXHIBITION.replace("\"title\"", "\"catchment\":" + catchment + ",\"title\"");
    }

    private static final String VENUE = """
            {"kind":"MALL","name":"Bad input mall","municipalityId":{bally},"floors":1,"planColumns":8,"planRows":4,
             "kiosks":[{"code":"A1","floor":0,"x":0,"y":0,"capacity":4},{"code":"A2","floor":0,"x":1,"y":0,"capacity":4}]}""";

    private static final String USER = """
            {"username":"baduser","password":"long-enough-1","role":"MUNICIPAL_OFFICER","municipalities":[{bally}],
             "displayName":"Bad User","email":"bad@example.org","language":"en"}""";

    private static final String APPLICATION = """
            {"slotPreferences":[{slot}],"productIds":[{product}],"declaration":true}""";

    private static final String ENROLLMENT = "{\"memberIds\":[{member}]}";

    private static String many(int count, String item) {
        return String.join(",", Collections.nCopies(count, item));
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // catchments without their ids, or with ids that name nothing
        for (String c : List.of(
                "{\"kind\":\"ZONE\",\"ids\":[]}",
                "{\"kind\":\"ZONE\"}",
                "{\"kind\":\"DISTRICTS\"}",
                "{\"kind\":\"DISTRICTS\",\"ids\":[]}",
                "{\"kind\":\"MUNICIPALITIES\"}",
                "{\"kind\":\"MUNICIPALITIES\",\"ids\":[]}",
                "{\"kind\":\"ZONE\",\"ids\":[999999999]}",
                "{\"kind\":\"DISTRICTS\",\"ids\":[-4]}",
                "{\"kind\":\"MUNICIPALITIES\",\"ids\":[null]}",
                "{\"kind\":\"ZONE\",\"ids\":[1,2]}",
                "{\"kind\":\"GALAXY\",\"ids\":[1]}",
                "{\"kind\":\"STATE\",\"ids\":\"x\"}")) {
            rows.add(new Row("catchment " + c, Who.OFFICER, "POST", "/api/exhibitions", JSON, catchment(c), 400));
        }
        // dates: absurd years, the past, too far ahead, backwards
        String starts = "\"startsOn\":\"" + TODAY.plusDays(90) + "\"";
        String ends = "\"endsOn\":\"" + TODAY.plusDays(103) + "\"";
        rows.add(new Row(
                "exhibition in year +999999999",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibitionWith(starts, "\"startsOn\":\"+999999999-01-01\"")
                        .replace(ends, "\"endsOn\":\"+999999999-01-10\""),
                400));
        rows.add(new Row(
                "exhibition ending in year +999999999",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibitionWith(ends, "\"endsOn\":\"+999999999-12-31\""),
                400));
        rows.add(new Row(
                "exhibition in year -999999999",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(LocalDate.MIN, LocalDate.MIN.plusDays(3)),
                400));
        rows.add(new Row(
                "exhibition from 0001-01-01",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 14)),
                400));
        rows.add(new Row(
                "exhibition ended last month",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(TODAY.minusMonths(1).minusDays(13), TODAY.minusMonths(1)),
                400));
        rows.add(new Row(
                "exhibition started yesterday",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(TODAY.minusDays(1), TODAY.plusDays(12)),
                400));
        rows.add(new Row(
                "exhibition six years ahead",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(TODAY.plusYears(6), TODAY.plusYears(6).plusDays(13)),
                400));
        rows.add(new Row(
                "exhibition ending before it starts",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(TODAY.plusDays(90), TODAY.plusDays(80)),
                400));
        rows.add(new Row(
                "exhibition window closing in year +999999999",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace(
                        "\"applicationsCloseAt\":\"" + NOW.plusDays(5),
                        "\"applicationsCloseAt\":\"+999999999-01-01T00:00:00Z"),
                400));
        rows.add(new Row(
                "exhibition window opening in year -999999999",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace(
                        "\"applicationsOpenAt\":\"" + NOW.minusHours(1),
                        "\"applicationsOpenAt\":\"-999999999-01-01T00:00:00Z"),
                400));
        rows.add(new Row(
                "exhibition window opening two years ago",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace(
                        "\"applicationsOpenAt\":\"" + NOW.minusHours(1),
                        "\"applicationsOpenAt\":\"" + NOW.minusYears(2)),
                400));
        rows.add(new Row(
                "exhibition date not a date",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibitionWith(starts, "\"startsOn\":\"2031-02-30\""),
                400));
        rows.add(new Row(
                "trainings in year +999999999",
                Who.STAFF,
                "GET",
                "/api/trainings?from=%2B999999999-01-01&to=%2B999999999-01-02",
                null,
                null,
                400));
        rows.add(new Row(
                "trainings up to year +999999999",
                Who.STAFF,
                "GET",
                "/api/trainings?from=" + TODAY + "&to=%2B999999999-12-31",
                null,
                null,
                400));
        rows.add(new Row(
                "trainings from year -999999999",
                Who.STAFF,
                "GET",
                "/api/trainings?from=-999999999-01-01&to=-999999999-01-02",
                null,
                null,
                400));
        rows.add(new Row(
                "trainings export in year +999999999",
                Who.STAFF,
                "GET",
                "/api/trainings/export?from=%2B999999999-01-01&to=%2B999999999-01-02",
                null,
                null,
                400));
        rows.add(new Row("trainings without to", Who.STAFF, "GET", "/api/trainings?from=" + TODAY, null, null, 400));
        // lists: huge, with nulls, duplicates, empty, wrong types
        String slot = "{slot}";
        rows.add(new Row(
                "100,000 slot preferences",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace("[" + slot + "]", "[" + many(100_000, slot) + "]"),
                400));
        rows.add(new Row(
                "100,000 distinct unknown slot preferences",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace(
                        "[" + slot + "]",
                        "["
                                + IntStream.range(0, 100_000)
                                        .mapToObj(String::valueOf)
                                        .collect(Collectors.joining(",")) + "]"),
                400));
        rows.add(new Row(
                "a null slot preference",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace("[" + slot + "]", "[" + slot + ",null]"),
                400));
        rows.add(new Row(
                "a slot preference twice",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace("[" + slot + "]", "[" + slot + "," + slot + "]"),
                400));
        rows.add(new Row(
                "no slot preferences",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace("[" + slot + "]", "[]"),
                400));
        rows.add(new Row(
                "a null product",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace("[{product}]", "[null]"),
                400));
        rows.add(new Row(
                "100,000 products",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace("[{product}]", "[" + many(100_000, "{product}") + "]"),
                400));
        rows.add(new Row(
                "slot preferences as a string",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION.replace("[" + slot + "]", "\"1,2\""),
                400));
        rows.add(new Row(
                "a null kiosk",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"kiosks\":[", "\"kiosks\":[null,"),
                400));
        rows.add(new Row(
                "two kiosks with one code",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"A2\"", "\"A1\""),
                409));
        rows.add(new Row(
                "two kiosks in one cell",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"x\":1", "\"x\":0"),
                409));
        rows.add(new Row(
                "a kiosk without its capacity",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace(",\"capacity\":4}]", "}]"),
                400));
        rows.add(new Row(
                "a kiosk of capacity 0",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"capacity\":4}]", "\"capacity\":0}]"),
                400));
        rows.add(new Row(
                "a chosen lottery seed",
                Who.OFFICER,
                "POST",
                "/api/exhibitions/{exhibition}/allocation",
                JSON,
                "{\"seed\":42,\"reason\":\"my lucky number\"}",
                400));
        rows.add(new Row(
                "kiosks as an object",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replaceAll("\"kiosks\":\\[.*]", "\"kiosks\":{\"code\":\"A1\"}"),
                400));
        rows.add(new Row(
                "a null municipality",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("[{bally}]", "[{bally},null]"),
                400));
        rows.add(new Row(
                "a negative municipality",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("[{bally}]", "[-1]"),
                400));
        rows.add(new Row(
                "municipalities as a number",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("[{bally}]", "{bally}"),
                400));
        rows.add(new Row(
                "a null member",
                Who.GROUP,
                "POST",
                "/api/trainings/{session}/enrollments",
                JSON,
                ENROLLMENT.replace("[{member}]", "[{member},null]"),
                400));
        rows.add(new Row(
                "no members",
                Who.GROUP,
                "POST",
                "/api/trainings/{session}/enrollments",
                JSON,
                ENROLLMENT.replace("[{member}]", "[]"),
                400));
        rows.add(new Row(
                "members as a string",
                Who.GROUP,
                "POST",
                "/api/trainings/{session}/enrollments",
                JSON,
                ENROLLMENT.replace("[{member}]", "\"{member}\""),
                400));
        rows.add(new Row(
                "10,000 members",
                Who.GROUP,
                "POST",
                "/api/trainings/{session}/enrollments",
                JSON,
                ENROLLMENT.replace("[{member}]", "[" + many(10_000, "{member}") + "]"),
                400));
        // control characters in one-line texts; a huge text
        for (String bad : List.of("\\u0000", "\\n", "\\r", "\\t", "\\u001b[31m", "\\u2028", "\\u0085")) {
            rows.add(new Row(
                    "exhibition title with " + bad,
                    Who.OFFICER,
                    "POST",
                    "/api/exhibitions",
                    JSON,
                    exhibitionWith("Winter fair", "Winter" + bad + "fair"),
                    400));
            rows.add(new Row(
                    "venue name with " + bad,
                    Who.OFFICER,
                    "POST",
                    "/api/venues",
                    JSON,
                    VENUE.replace("Bad input mall", "Bad" + bad + "mall"),
                    400));
        }
        rows.add(new Row(
                "kiosk code with NUL",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"A2\"", "\"A\\u00002\""),
                400));
        rows.add(new Row(
                "venue address with NUL",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"name\"", "\"address\":\"Salt\\u0000Lake\",\"name\""),
                400));
        rows.add(new Row(
                "display name with a line break",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("Bad User", "Bad\\nUser"),
                400));
        rows.add(new Row(
                "e-mail with NUL",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("bad@example.org", "bad\\u0000@example.org"),
                400));
        rows.add(new Row(
                "e-mail with a header injected",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("bad@example.org", "bad@example.org\\r\\nBcc: all@example.org"),
                400));
        rows.add(new Row(
                "a 1 MB title",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibitionWith("Winter fair", "x".repeat(1 << 20)),
                400));
        rows.add(new Row(
                "a 100,000 character username",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("baduser", "u".repeat(100_000)),
                400));
        // wrong JSON types and shapes
        rows.add(new Row(
                "venue id as text",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace("{venue}", "\"{venue}x\""),
                400));
        rows.add(new Row(
                "groups per kiosk-slot beyond int",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace("\"groupsPerKioskSlot\":2", "\"groupsPerKioskSlot\":99999999999"),
                400));
        rows.add(new Row(
                "groups per kiosk-slot as a fraction",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace("\"groupsPerKioskSlot\":2", "\"groupsPerKioskSlot\":2.5"),
                400));
        rows.add(new Row(
                "an unknown slot length",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace("\"WEEK\"", "\"FORTNIGHT\""),
                400));
        rows.add(new Row("a JSON array for an exhibition", Who.OFFICER, "POST", "/api/exhibitions", JSON, "[]", 400));
        rows.add(new Row("a JSON string for a venue", Who.OFFICER, "POST", "/api/venues", JSON, "\"mall\"", 400));
        rows.add(new Row("JSON null for a venue", Who.OFFICER, "POST", "/api/venues", JSON, "null", 400));
        rows.add(new Row("broken JSON", Who.OFFICER, "POST", "/api/venues", JSON, "{\"kind\":", 400));
        rows.add(new Row("an empty body", Who.OFFICER, "POST", "/api/venues", JSON, "", 400));
        rows.add(new Row(
                "a venue of floors 1e309",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"floors\":1", "\"floors\":1e309"),
                400));
        rows.add(new Row(
                "a plan of 100,000 columns",
                Who.OFFICER,
                "POST",
                "/api/venues",
                JSON,
                VENUE.replace("\"planColumns\":8", "\"planColumns\":100000"),
                400));
        rows.add(new Row(
                "an unknown role",
                Who.ADMIN,
                "POST",
                "/api/users",
                JSON,
                USER.replace("MUNICIPAL_OFFICER", "KING"),
                400));
        rows.add(new Row(
                "a status that is null",
                Who.OFFICER,
                "POST",
                "/api/exhibitions/{exhibition}/status",
                JSON,
                "{\"status\":null}",
                400));
        rows.add(new Row(
                "a status that is a number",
                Who.OFFICER,
                "POST",
                "/api/exhibitions/{exhibition}/status",
                JSON,
                "{\"status\":5}",
                400));
        rows.add(new Row(
                "a seed that is text",
                Who.OFFICER,
                "POST",
                "/api/exhibitions/{exhibition}/allocation",
                JSON,
                "{\"seed\":\"abc\"}",
                400));
        // ids in paths and numbers in queries: plain decimal digits only
        for (String id : List.of("0x10", "%2310", "-1", "1e3", "%2B5", "16.0", "99999999999999999999", "%EF%BC%91")) {
            rows.add(new Row("venue id " + id, Who.ADMIN, "GET", "/api/venues/" + id, null, null, 400));
        }
        // paths the firewall refuses (Tomcat itself answers %00 and %2F, before the portal sees them)
        for (String path : List.of("/api//venues/{venue}", "/api/venues/{venue};x=1")) {
            rows.add(new Row("the path " + path, Who.ADMIN, "GET", path, null, null, 400));
        }
        rows.add(new Row("an address the API does not have", Who.ADMIN, "GET", "/api/nothing/here", null, null, 404));
        rows.add(new Row(
                "POST to an address the API does not have", Who.ADMIN, "POST", "/api/nothing", JSON, "{}", 404));
        rows.add(new Row(
                "a negative offset",
                Who.OFFICER,
                "GET",
                "/api/exhibitions/{exhibition}/applications?offset=-5",
                null,
                null,
                400));
        rows.add(new Row(
                "a hex limit",
                Who.OFFICER,
                "GET",
                "/api/exhibitions/{exhibition}/applications?limit=0x10",
                null,
                null,
                400));
        rows.add(new Row(
                "an unknown status filter",
                Who.OFFICER,
                "GET",
                "/api/exhibitions/{exhibition}/applications?status=NOPE",
                null,
                null,
                400));
        rows.add(new Row(
                "a negative session id", Who.GROUP, "POST", "/api/trainings/-1/enrollments", JSON, ENROLLMENT, 400));
        // records that do not exist: a translated 404, never a key
        rows.add(new Row(
                "an unknown placement",
                Who.OFFICER,
                "POST",
                "/api/exhibitions/{exhibition}/assignments/999999999/lock",
                JSON,
                "{\"locked\":true}",
                404));
        rows.add(new Row("an unknown venue", Who.ADMIN, "GET", "/api/venues/999999999", null, null, 404));
        rows.add(new Row("an unknown group", Who.ADMIN, "GET", "/api/groups/999999999", null, null, 404));
        rows.add(new Row(
                "an unknown session",
                Who.GROUP,
                "POST",
                "/api/trainings/999999999/enrollments",
                JSON,
                ENROLLMENT,
                404));
        rows.add(new Row(
                "an exhibition on an unknown venue",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                EXHIBITION.replace("{venue}", "999999999"),
                404));
        // wrong methods and content types
        rows.add(new Row("DELETE a venue", Who.ADMIN, "DELETE", "/api/venues/{venue}", null, null, 405));
        rows.add(new Row(
                "PUT an exhibition's status",
                Who.OFFICER,
                "PUT",
                "/api/exhibitions/{exhibition}/status",
                JSON,
                "{\"status\":\"CLOSED\"}",
                405));
        rows.add(new Row("GET the backup", Who.ADMIN, "GET", "/api/admin/backup", null, null, 405));
        rows.add(new Row("PATCH the users", Who.ADMIN, "PATCH", "/api/users", JSON, USER, 405));
        rows.add(new Row("a venue as XML", Who.OFFICER, "POST", "/api/venues", "application/xml", "<venue/>", 415));
        rows.add(new Row("a venue as text", Who.OFFICER, "POST", "/api/venues", "text/plain", VENUE, 415));
        rows.add(new Row(
                "a user as a form",
                Who.ADMIN,
                "POST",
                "/api/users",
                "application/x-www-form-urlencoded",
                "username=baduser&password=long-enough-1",
                415));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyBadInputIsAClearRefusalAndChangesNothing(Row row) throws Exception {
        Map<String, Long> before = state();
        HttpResponse<String> response = send(row, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(row.status());
        assertHumanProblem(response, row.status());
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void refusalsComeInTheClientsLanguage() throws Exception {
        Row unknown = new Row("unknown", Who.ADMIN, "GET", "/api/venues/999999999", null, null, 404);
        assertThat(detail(send(unknown, "bn")))
                .matches(t -> t.codePoints().anyMatch(c -> c >= 0x0980 && c <= 0x09FF), "Bengali");
        Row invalid = new Row(
                "invalid",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 2)),
                400);
        assertThat(detail(send(invalid, "bn")))
                .matches(t -> t.codePoints().anyMatch(c -> c >= 0x0980 && c <= 0x09FF), "Bengali");
        assertThat(detail(send(invalid, null))).contains("today");
    }

    /** The rows would pass for the wrong reason if their baselines were refused too. */
    @Test
    void theBaselineBodiesAreAccepted() throws Exception {
        sendBaseline(new Row("exhibition", Who.OFFICER, "POST", "/api/exhibitions", JSON, EXHIBITION, 201));
        sendBaseline(new Row("venue", Who.OFFICER, "POST", "/api/venues", JSON, VENUE, 201));
        sendBaseline(new Row(
                "user", Who.ADMIN, "POST", "/api/users", JSON, USER.replace("baduser", unique("gooduser")), 201));
        sendBaseline(new Row(
                "application",
                Who.GROUP,
                "POST",
                "/api/exhibitions/{exhibition}/applications",
                JSON,
                APPLICATION,
                201));
        sendBaseline(new Row(
                "enrollment", Who.GROUP, "POST", "/api/trainings/{session}/enrollments", JSON, ENROLLMENT, 201));
        sendBaseline(new Row(
                "trainings",
                Who.STAFF,
                "GET",
                "/api/trainings?from=" + TODAY + "&to=" + TODAY.plusDays(60),
                null,
                null,
                200));
        sendBaseline(new Row("venue", Who.ADMIN, "GET", "/api/venues/{venue}", null, null, 200));
        sendBaseline(new Row(
                "page",
                Who.OFFICER,
                "GET",
                "/api/exhibitions/{exhibition}/applications?offset=0" + "&limit=10",
                null,
                null,
                200));
        OffsetDateTime midnight = TODAY.atStartOfDay(Formats.INDIA).toOffsetDateTime();
        sendBaseline(new Row(
                "exhibition from today",
                Who.OFFICER,
                "POST",
                "/api/exhibitions",
                JSON,
                exhibition(TODAY, TODAY.plusDays(2))
                        .replace(NOW.plusDays(5).toString(), midnight.toString())
                        .replace(
                                NOW.minusHours(1).toString(),
                                midnight.minusDays(1).toString()),
                201));
    }

    /** An API client learns the backup's name and size, never where the server keeps its files. */
    @Test
    void aBackupAnswersItsFileNameNotTheServersPath() throws Exception {
        HttpResponse<String> response =
                send(new Row("backup", Who.ADMIN, "POST", "/api/admin/backup", null, null, 201), null);
        // either database: H2's BACKUP TO, or pg_dump on PostgreSQL
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("file").asText()).matches("haat-backup-[0-9-]+\\.zip");
        assertThat(answer.get("bytes").asLong()).isPositive();
        assertThat(answer.has("path")).isFalse();
        assertThat(response.body())
                .doesNotContain(DATA_DIR.toString())
                .doesNotContain(DATA_DIR.getFileName().toString());
    }

    private HttpResponse<String> send(Row row, String language) throws Exception {
        return send(row, language, false);
    }

    private HttpResponse<String> sendBaseline(Row row) throws Exception {
        HttpResponse<String> response = send(row, null, true);
        assertThat(response.statusCode())
                .as(row.name() + ": " + response.body())
                .isEqualTo(row.status());
        return response;
    }

    private HttpResponse<String> send(Row row, String language, boolean spare) throws Exception {
        String path = row.path();
        String body = row.body();
        for (var id : (spare ? spareIds : ids).entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
            body = body == null ? null : body.replace(id.getKey(), id.getValue());
        }
        String user = spare && row.who() == Who.GROUP ? spareGroup : users.get(row.who());
        String password = row.who() == Who.GROUP ? "long-enough" : TestAccounts.PASSWORD;
        HttpRequest.Builder request = JsonRequests.request(row.method(), "http://localhost:" + port + path, body)
                .setHeader("Accept", "application/json, application/problem+json")
                .header("Authorization", JsonRequests.basic(user, password));
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String detail(HttpResponse<String> response) {
        return json.readTree(response.body()).get("detail").asText();
    }

    /** A problem document whose detail is a sentence for a person: no bundle key, class name or stack trace. */
    private void assertHumanProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        String detail = problem.get("detail").asText();
        assertThat(detail)
                .as(response.body())
                .isNotBlank()
                .doesNotMatch(KEY)
                .doesNotContainPattern("\\b[a-z]+\\.[a-z]+[a-zA-Z]*\\.[a-zA-Z]+\\b")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotStartWith("!")
                .doesNotContain("Failed to read request")
                .matches("(?s)[A-Z].*");
        if (problem.has("errors")) {
            problem.get("errors").forEach(e -> assertThat(e.asText()).doesNotMatch(KEY));
        }
    }

    private static final List<String> TABLES = List.of(
            "audit_log",
            "venue",
            "kiosk",
            "exhibition",
            "exhibition_slot",
            "exhibition_catchment",
            "application",
            "application_preference",
            "application_product",
            "assignment",
            "app_user",
            "user_municipality",
            "enrollment",
            "shg_group",
            "group_member",
            "product");

    /** Row counts of every table a refused request could have written, and the versions of the versioned ones. */
    private Map<String, Long> state() {
        Map<String, Long> state = new java.util.TreeMap<>();
        for (String table : TABLES) {
            state.put(table, dsl.fetchOne("select count(*) from " + table).get(0, Long.class));
        }
        for (String table : List.of("venue", "exhibition", "app_user", "shg_group")) {
            state.put(
                    table + ".version",
                    dsl.fetchOne("select coalesce(sum(version), 0) from " + table)
                            .get(0, Long.class));
        }
        return state;
    }
}
