package app.haat.core;

import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.allocation.HandChangeService;
import app.haat.centre.CentreSetupService;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingScheduleService;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.group.GroupImportService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.Member;
import app.haat.mail.MessageType;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Scope on every path: every state-changing API endpoint, called by every role that must not use it on a record of
 * the North (Bally) zone, is refused and changes nothing; an import never takes over or moves a group of another zone
 * and its reasons name nothing outside the importer's scope. A new write endpoint fails {@link #everyWriteEndpointIsInTheMatrix}
 * until it is added to the matrix.
 */
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeOnEveryPathTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    HandChangeService handChanges;

    @Autowired
    CentreSetupService centreSetup;

    @Autowired
    TrainingScheduleService trainingSchedule;

    @Autowired
    GroupImportService importer;

    @Autowired
    DSLContext dsl;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    app.haat.support.ApiContract api;

    @Autowired
    app.haat.allocation.OfferSteps offerSteps; // every answer checked against the OpenAPI description

    /** The North zone's records that the others try to touch. */
    private String northOfficer;

    private String southOfficer;
    private String staff;
    private String foreignGroup;
    private VerifiedGroup victim; // {mobile, group id, product id}
    private String victimRegistration;
    private long exhibition;
    private long venue;
    private List<Long> assignments;
    private long waitingApplication;
    private long promotion;
    private long offer;
    private long kiosk;
    private long slot;
    private long session;
    private long member;
    private long room;
    private long trainer;
    private long run;
    private long listing;
    private long marketplace;
    private long northCentre;
    private long deskDocument;
    private long deskCase;

    @BeforeAll
    void northZone() {
        long bally = fx.municipality("Bally");
        long medinipur = fx.municipality("Medinipur");
        northOfficer = fx.accounts.officer(Set.of(bally));
        southOfficer = fx.accounts.officer(Set.of(medinipur));
        staff = fx.accounts.staff();
        foreignGroup = fx.verifiedGroup(southOfficer, medinipur, "CRAFT").mobile();
        victim = fx.verifiedGroup(northOfficer, bally, "HANDLOOM");
        victimRegistration = unique("WB/NDD/");
        dsl.update(app.haat.db.Tables.SHG_GROUP)
                .set(app.haat.db.Tables.SHG_GROUP.REGISTRATION_NO, victimRegistration)
                .set(app.haat.db.Tables.SHG_GROUP.NAME, "Alor Disha " + victim.mobile())
                .where(app.haat.db.Tables.SHG_GROUP.ID.eq(victim.id()))
                .execute();
        // an allocated exhibition: two kiosks, one slot, one group each; four applicants, one withdraws (promotion)
        venue = fx.mall(northOfficer, bally, 2);
        exhibition = fx.openExhibition(
                northOfficer, venue, "North fair", ExhibitionFixtures.mondayAhead(70), 7, SlotLength.WHOLE, 1);
        slot = fx.accounts
                .as(northOfficer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        kiosk = fx.accounts
                .as(northOfficer, () -> fx.venues.kiosks(venue))
                .getFirst()
                .id();
        List<VerifiedGroup> groups = new ArrayList<>();
        groups.add(victim);
        for (int i = 0; i < 3; i++) {
            groups.add(fx.verifiedGroup(northOfficer, bally, "HANDLOOM"));
        }
        List<Long> ids = new ArrayList<>();
        for (VerifiedGroup group : groups) {
            ids.add(fx.apply(group, exhibition, slot));
        }
        fx.close(northOfficer, exhibition);
        run = fx.accounts
                .as(northOfficer, () -> allocation.run(exhibition, null))
                .runId();
        long leaving = dsl.select(ASSIGNMENT.APPLICATION_ID)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibition))
                .orderBy(ASSIGNMENT.ID)
                .limit(1)
                .fetchOne(ASSIGNMENT.APPLICATION_ID);
        fx.accounts.as(northOfficer, () -> applications.withdraw(leaving));
        offer = offerSteps.acceptTheOpenOffer(exhibition).id();
        assignments = dsl.select(ASSIGNMENT.ID)
                .from(ASSIGNMENT)
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibition))
                .orderBy(ASSIGNMENT.ID)
                .fetch(ASSIGNMENT.ID);
        waitingApplication = ids.stream()
                .filter(id -> id != leaving && !dsl.fetchExists(ASSIGNMENT, ASSIGNMENT.APPLICATION_ID.eq(id)))
                .findFirst()
                .orElseThrow();
        promotion = dsl.select(app.haat.db.Tables.WAITLIST_PROMOTION.ID)
                .from(app.haat.db.Tables.WAITLIST_PROMOTION)
                .where(app.haat.db.Tables.WAITLIST_PROMOTION.EXHIBITION_ID.eq(exhibition))
                .fetchOne(app.haat.db.Tables.WAITLIST_PROMOTION.ID);
        // a training session at the centre, and a member of the victim group
        long centre = fx.accounts.as(
                fx.accounts.admin(),
                () -> fx.venues.create(new VenueForm(
                        VenueKind.CENTRE,
                        unique("Centre "),
                        fx.municipality("Bidhannagar"),
                        "Sector-1",
                        1,
                        6,
                        3,
                        null,
                        null,
                        List.of(new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false)))));
        room = fx.accounts.as(staff, () -> centreSetup.addRoom(centre, "Room", 20, null));
        trainer = fx.accounts.as(staff, () -> centreSetup.addTrainer(unique("Soma "), "PHOTOGRAPHY", "bn"));
        long topic =
                fx.accounts.as(staff, () -> centreSetup.topics()).getFirst().id();
        session = fx.accounts
                .as(
                        staff,
                        () -> trainingSchedule.createSeries(new SeriesForm(
                                topic, room, trainer, LocalDate.of(2035, 6, 5), LocalTime.of(11, 0), 120, 1, 10, "bn")))
                .sessionIds()
                .getFirst();
        member = fx.accounts.as(
                victim.mobile(), () -> fx.profiles.addMember(victim.id(), "Mita", Member.MemberRole.MEMBER, null));
        // an online shop of the victim group on a marketplace
        var marketplaces = context.getBean(app.haat.listing.MarketplaceService.class);
        marketplace =
                fx.accounts.as(victim.mobile(), marketplaces::active).getFirst().id();
        listing = fx.accounts
                .as(
                        victim.mobile(),
                        () -> context.getBean(app.haat.listing.ListingService.class)
                                .add(
                                        victim.id(),
                                        new app.haat.listing.ListingForm(
                                                marketplace, "V-1", "https://shop.example.in/v-1", null)))
                .id();
        // a request of the victim at the North zone's City Livelihood Centre, moved on to documents complete
        var centres = context.getBean(app.haat.region.CentreDirectoryService.class);
        northCentre = centres.centreOfMunicipality(bally).orElseThrow().id();
        deskCase = fx.accounts.as(
                victim.mobile(),
                () -> context.getBean(app.haat.desk.DeskRequestService.class)
                        .ask(victim.id(), app.haat.desk.RequestType.UDYAM, null));
        // a document of that case, uploaded by the victim group
        deskDocument = fx.accounts.as(
                victim.mobile(),
                () -> context.getBean(app.haat.desk.DeskDocumentService.class)
                        .upload(deskCase, "application/pdf", "resolution.pdf", false, new ByteArrayInputStream(pdf())));
    }

    /** A real one-page PDF. */
    private static byte[] pdf() {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One state-changing call; {@code refusedAlso} are answers other than 401/403/404 that still count as refused. */
    record Call(String method, String path, String contentType, String body, Set<Integer> refusedAlso) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The same route with its ids filled in; also the route pattern the matrix covers. */
    private Call call(String method, String path, String contentType, String body, Integer... alsoRefused) {
        return new Call(method, path, contentType, body, Set.of(alsoRefused));
    }

    List<Call> calls() {
        long group = victim.id();
        long one = assignments.get(0);
        long two = assignments.get(1);
        String json = "application/json";
        return List.of(
                call(
                        "POST",
                        "/api/users",
                        json,
                        "{\"username\":\"" + unique("intruder") + "\",\"password\":"
                                + "\"long-enough-1\",\"displayName\":\"X\",\"role\":\"STATE_ADMIN\",\"municipalities\":[]}"),
                // the takeover found by the testers: an import row matching a North group by registration number
                call(
                        "POST",
                        "/api/groups/import",
                        "text/csv",
                        "name,municipality,ward,members,leader_name,phone,"
                                + "registration_no\nTaken Over,Medinipur,1,10,Intruder," + GroupRegistryTest.newMobile()
                                + ","
                                + victimRegistration + "\n",
                        200,
                        400),
                call("POST", "/api/groups/me/deletion-request", null, null, 400, 409),
                call("DELETE", "/api/groups/me/deletion-request", null, null, 400, 409),
                call("POST", "/api/groups/" + group + "/deletion", null, null, 409),
                call("PUT", "/api/groups/" + group + "/upi-id", json, "{\"upiId\":\"intruder@ybl\"}"),
                call("POST", "/api/groups/" + group + "/products/" + victim.product() + "/photos", "image/png", "x"),
                call(
                        "POST",
                        "/api/venues",
                        json,
                        "{\"kind\":\"MALL\",\"name\":\"" + unique("Mall ") + "\","
                                + "\"municipalityId\":" + fx.municipality("Bally") + ",\"address\":\"x\",\"floors\":1,"
                                + "\"planColumns\":4,\"planRows\":4,\"kiosks\":[]}"),
                call("PUT", "/api/venues/" + venue + "/location", json, "{\"latitude\":22.5865,\"longitude\":88.4084}"),
                call(
                        "POST",
                        "/api/exhibitions",
                        json,
                        "{\"venueId\":" + venue + ",\"title\":\"Intruder fair\","
                                + "\"startsOn\":\"" + ExhibitionFixtures.mondayAhead(90) + "\",\"endsOn\":\""
                                + ExhibitionFixtures.mondayAhead(90).plusDays(1) + "\",\"slotLength\":\"WHOLE\","
                                + "\"groupsPerKioskSlot\":1,\"applicationsOpenAt\":\"" + OffsetDateTime.now() + "\","
                                + "\"applicationsCloseAt\":\""
                                + OffsetDateTime.now().plusDays(20) + "\"}"),
                call("POST", "/api/exhibitions/" + exhibition + "/status", json, "{\"status\":\"PUBLISHED\"}"),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/postpone",
                        json,
                        "{\"startsOn\":\"" + ExhibitionFixtures.mondayAhead(300) + "\",\"endsOn\":\""
                                + ExhibitionFixtures.mondayAhead(300).plusDays(1) + "\"}"),
                call("PATCH", "/api/exhibitions/" + exhibition, json, "{\"title\":\"Taken over fair\"}"),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/cancel",
                        json,
                        "{\"reason\":\"An intruder calls it off\"}"),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/applications",
                        json,
                        "{\"groupId\":" + group
                                + ",\"slotPreferences\":[" + slot + "],\"productIds\":[" + victim.product() + "],"
                                + "\"declaration\":true}",
                        409),
                call("POST", "/api/exhibitions/" + exhibition + "/allocation", null, null),
                call("POST", "/api/exhibitions/" + exhibition + "/allocation/" + run + "/replay", null, null),
                call("POST", "/api/exhibitions/" + exhibition + "/publish", null, null),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/assignments/" + one + "/move",
                        json,
                        "{\"kioskId\":" + kiosk + ",\"slotId\":" + slot + ",\"version\":0}"),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/assignments/" + one + "/swap",
                        json,
                        "{\"otherAssignmentId\":" + two + ",\"version\":0,\"otherVersion\":0}"),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/assignments/" + one + "/lock",
                        json,
                        "{\"locked\":true}"),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/applications/" + waitingApplication + "/placement",
                        json,
                        "{\"kioskId\":" + kiosk + ",\"slotId\":" + slot + "}"),
                call("POST", "/api/exhibitions/" + exhibition + "/promotions/" + promotion + "/undo", null, null),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/offers",
                        json,
                        "{\"kioskId\":" + kiosk + ",\"slotId\":" + slot + "}"),
                call("PUT", "/api/exhibitions/" + exhibition + "/offer-rule", json, "{\"replyHours\":12}"),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/slots/" + slot + "/close",
                        json,
                        "{\"from\":\"" + LocalDate.now() + "\",\"reason\":\"An intruder closes it\"}"),
                call("POST", "/api/offers/" + offer + "/accept", null, null),
                call(
                        "POST",
                        "/api/exhibitions/" + exhibition + "/applications/" + waitingApplication + "/release",
                        null,
                        null),
                call("POST", "/api/applications/" + waitingApplication + "/confirm", null, null),
                call("POST", "/api/offers/" + offer + "/decline", null, null),
                call(
                        "POST",
                        "/api/applications/" + waitingApplication + "/sales",
                        json,
                        "{\"day\":\"" + LocalDate.now() + "\",\"amountRupees\":100,\"items\":1,\"replace\":true}",
                        409),
                call("POST", "/api/admin/backup", null, null),
                call("PUT", "/api/account/channels", json, "{\"notifyBySms\":false,\"notifyByEmail\":true}"),
                call("POST", "/api/trainings/" + session + "/enrollments", json, "{\"memberIds\":[" + member + "]}"),
                call("PATCH", "/api/trainings/" + session, json, "{\"title\":\"Taken over\",\"capacity\":1}"),
                call("POST", "/api/trainings/" + session + "/cancel", json, "{\"reason\":\"Intruder\"}"),
                call("POST", "/api/trainings/rooms/" + room + "/retire", null, null),
                call(
                        "POST",
                        "/api/centres",
                        json,
                        "{\"nameEn\":\"" + unique("Intruder centre ") + "\",\"nameBn\":\"x\",\"zoneId\":1}"),
                call("DELETE", "/api/centres/" + northCentre, null, null),
                call(
                        "POST",
                        "/api/centres/" + northCentre + "/requests",
                        json,
                        "{\"groupId\":" + group + ",\"type\":\"PAN\"}"),
                call(
                        "PUT",
                        "/api/centres/" + northCentre + "/request-types/PAN",
                        json,
                        "{\"documentsEn\":\"Nothing\",\"documentsBn\":\"কিছু না\"}"),
                call("DELETE", "/api/centres/" + northCentre + "/request-types/PAN", null, null),
                call(
                        "PUT",
                        "/api/centres/" + northCentre + "/hours",
                        json,
                        "{\"slotMinutes\":60,\"days\":[{\"day\":\"MONDAY\",\"opens\":\"06:00\",\"closes\":\"09:00\"}]}"),
                call("POST", "/api/requests/" + deskCase + "/appointment", json, "{\"start\":\"2037-01-05T11:00\"}"),
                call("PUT", "/api/requests/" + deskCase + "/appointment", json, "{\"start\":\"2037-01-05T11:30\"}"),
                call("DELETE", "/api/requests/" + deskCase + "/appointment", null, null),
                call("POST", "/api/requests/" + deskCase + "/appointment/outcome", json, "{\"outcome\":\"KEPT\"}"),
                call("POST", "/api/requests/" + deskCase + "/accept", null, null),
                call("POST", "/api/requests/" + deskCase + "/decline", json, "{\"reason\":\"Intruder\"}"),
                call("POST", "/api/requests/" + deskCase + "/documents-complete", null, null),
                call("POST", "/api/requests/" + deskCase + "/submitted", json, "{\"reference\":\"X1\"}"),
                call(
                        "POST",
                        "/api/requests/" + deskCase + "/outcome",
                        json,
                        "{\"result\":\"OBTAINED\",\"number\":\"UDYAM-WB-01-0000001\"}"),
                call(
                        "POST",
                        "/api/requests/" + deskCase + "/documents?name=intruder.pdf",
                        "application/pdf",
                        new String(pdf(), StandardCharsets.ISO_8859_1)),
                call("DELETE", "/api/requests/" + deskCase + "/documents/" + deskDocument, null, null),
                call("POST", "/api/trainings/trainers/" + trainer + "/retire", null, null),
                call(
                        "POST",
                        "/api/groups/" + group + "/listings",
                        json,
                        "{\"marketplaceId\":" + marketplace
                                + ",\"sellerId\":\"X-9\",\"link\":\"https://x.example.in/\",\"productIds\":[]}"),
                call(
                        "PUT",
                        "/api/groups/" + group + "/listings/" + listing,
                        json,
                        "{\"marketplaceId\":" + marketplace
                                + ",\"sellerId\":\"X-9\",\"link\":\"https://x.example.in/\",\"productIds\":[]}"),
                call("DELETE", "/api/groups/" + group + "/listings/" + listing, null, null),
                call("POST", "/api/groups/" + group + "/listings/" + listing + "/confirm", null, null),
                call("DELETE", "/api/groups/" + group + "/listings/" + listing + "/confirm", null, null),
                call("POST", "/api/marketplaces", json, "{\"name\":\"Intruder bazaar\",\"nameBn\":\"x\"}"),
                call("PUT", "/api/marketplaces/" + marketplace, json, "{\"name\":\"Taken\",\"nameBn\":\"x\"}"),
                call("POST", "/api/marketplaces/" + marketplace + "/retire", null, null),
                call("POST", "/api/marketplaces/" + marketplace + "/reinstate", null, null),
                call(
                        "POST",
                        "/api/trainings/trainers/" + trainer + "/days-away",
                        json,
                        "{\"from\":\"2035-06-05\",\"to\":\"2035-06-06\"}"));
    }

    /** Who must not change the North zone's records: nobody signed in, a South officer, a group of the South. */
    Stream<org.junit.jupiter.params.provider.Arguments> intrusions() {
        List<org.junit.jupiter.params.provider.Arguments> all = new ArrayList<>();
        for (Call call : calls()) {
            for (String who : List.of("anonymous", "south-officer", "foreign-group", "centre-staff")) {
                if (who.equals("centre-staff") && call.path().startsWith("/api/trainings/")) {
                    continue; // centre staff keep the centre's sessions and enroll anyone's members: their job
                }
                if ((who.equals("south-officer") || who.equals("centre-staff"))
                        && call.path().startsWith("/api/account/")) {
                    continue; // an officer's or staff member's own account is their own business
                }
                if (who.equals("foreign-group") && call.path().contains("/me/")) {
                    continue; // a group's own deletion request is its own business
                }
                all.add(org.junit.jupiter.params.provider.Arguments.of(who, call));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("intrusions")
    void aCallOutsideTheCallersScopeIsRefusedAndChangesNothing(String who, Call call) throws Exception {
        String user = switch (who) {
            case "south-officer" -> southOfficer;
            case "foreign-group" -> foreignGroup;
            case "centre-staff" -> staff;
            default -> null;
        };
        String before = fingerprint();
        HttpResponse<String> response = send(call, user);
        Set<Integer> refused = new TreeSet<>(Set.of(401, 403, 404));
        if (user != null) {
            refused.addAll(call.refusedAlso());
        }
        assertThat(response.statusCode()).as(response.body()).isIn(refused);
        assertThat(response.statusCode() == 401)
                .as("401 exactly when nobody signed in")
                .isEqualTo(user == null);
        assertThat(fingerprint())
                .as(() -> "nothing changed; last audit: "
                        + dsl.selectFrom(AUDIT_LOG)
                                .orderBy(AUDIT_LOG.ID.desc())
                                .limit(2)
                                .fetch())
                .isEqualTo(before);
        for (Object secret : List.of(victim.mobile(), "Alor Disha", "Rina Das")) {
            assertThat(response.body())
                    .as("names nothing outside the caller's scope")
                    .doesNotContain(String.valueOf(secret));
        }
    }

    @Test
    void everyWriteEndpointIsInTheMatrix() {
        // public by design (one-time codes are asked for and checked before anyone is signed in; a change of number
        // checks the signed-in group itself): their refusals are tested in otp.OtpApiTest and otp.OtpServiceTest
        Set<String> covered = new TreeSet<>(Set.of("POST /api/otp", "POST /api/otp/verify", "POST /api/otp/reset"));
        for (Call call : calls()) {
            // ids, and a centre's request type by name
            covered.add(call.method() + " "
                    + call.path()
                            .replaceAll("\\?.*", "")
                            .replaceAll("/\\d+", "/{}")
                            .replaceAll("/request-types/[A-Z_]+", "/request-types/{}"));
        }
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                                .filter(m ->
                                        m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                                .forEach(m -> endpoints.add(m.name() + " " + pattern.replaceAll("\\{[^}]+}", "{}")))));
        assertThat(endpoints).isNotEmpty();
        assertThat(covered).containsAll(endpoints);
    }

    @Test
    void anImportNeverTakesOverNorMovesAGroupAndNamesNothingOutsideTheImportersScope() throws Exception {
        String file = "name,municipality,ward,members,leader_name,phone,registration_no\n"
                + "Taken Over,Medinipur,1,10,Intruder," + GroupRegistryTest.newMobile() + "," + victimRegistration
                + "\n"
                + "Phone Thief,Medinipur,1,10,Intruder," + victim.mobile() + ",\n";
        HttpResponse<String> response =
                send(new Call("POST", "/api/groups/import", "text/csv", file, Set.of()), southOfficer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"imported\":0")
                .contains("\"updated\":0")
                .contains("outside your municipalities")
                .doesNotContain("Alor Disha")
                .doesNotContain("Rina Das")
                .doesNotContain("Bally");
        // the phone is the importer's own input; the group holding it is not named
        assertThat(response.body()).contains("\"line\":2").contains("\"line\":3");
        String name =
                fx.accounts.as(northOfficer, () -> fx.groups.get(victim.id()).name());
        assertThat(name).startsWith("Alor Disha");

        // even an admin's import never moves a group to another municipality
        String admin = fx.accounts.admin();
        String moving = "name,municipality,ward,members,leader_name,phone,registration_no\n"
                + "Alor Disha moved,Medinipur,3,12,Rina Das," + victim.mobile() + "," + victimRegistration + "\n";
        var report = fx.accounts.as(
                admin,
                () -> importer.importCsv(new ByteArrayInputStream(moving.getBytes(StandardCharsets.UTF_8)), "move"));
        assertThat(report.updated()).isZero();
        assertThat(report.rejected())
                .singleElement()
                .satisfies(
                        r -> assertThat(r.errors()).singleElement().asString().contains("never moves a group"));
        assertThat(fx.accounts.as(admin, () -> fx.groups.get(victim.id()).municipalityEn()))
                .isEqualTo("Bally");
        // within scope and municipality, the same row updates
        var update = fx.accounts.as(
                northOfficer,
                () -> importer.importCsv(
                        new ByteArrayInputStream(("name,municipality,ward,members,leader_name,phone,registration_no\n"
                                        + "Alor Disha " + victim.mobile() + ",Bally,4,13,Rina Das," + victim.mobile()
                                        + "," + victimRegistration + "\n")
                                .getBytes(StandardCharsets.UTF_8)),
                        "update"));
        assertThat(update.updated()).isEqualTo(1);
        assertThat(fx.accounts.as(admin, () -> fx.groups.get(victim.id()).memberCount()))
                .isEqualTo(13);
    }

    @Test
    void theBoardsRefusalsWhichNameGroupsAreForTheBoardsOfficersOnly() {
        long one = assignments.get(0);
        for (Runnable peek : List.<Runnable>of(
                () -> handChanges.whyNotMove(one, kiosk, slot),
                () -> handChanges.whyNotSwap(one, assignments.get(1)),
                () -> handChanges.whyNotPlace(waitingApplication, kiosk, slot))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.accounts.as(southOfficer, peek))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            fx.accounts.as(northOfficer, peek); // the board's own officer may ask
        }
    }

    @Test
    void signingUpWithARegisteredNumberAnswersAsANewNumberDoesAndTellsTheHolder() {
        var signUps = context.getBean(app.haat.group.SignUpService.class);
        var tickets = context.getBean(app.haat.core.security.SignedTickets.class);
        // the number was verified with a code (a registered number gets no code; a sign-up between the code and the
        // form is what takes this path)
        java.util.function.Function<String, String> verified = mobile -> tickets.issue(
                app.haat.core.security.SignedTickets.VERIFIED_MOBILE, mobile, java.time.Duration.ofMinutes(5));
        String holder = victim.mobile();
        dsl.update(app.haat.db.Tables.SHG_GROUP)
                .set(app.haat.db.Tables.SHG_GROUP.EMAIL, "holder-" + holder + "@example.org")
                .where(app.haat.db.Tables.SHG_GROUP.ID.eq(victim.id()))
                .execute();
        String fresh = GroupRegistryTest.newMobile();
        long bally = fx.municipality("Bally");
        // a new number and a registered one: both return normally, with nothing that tells them apart
        signUps.signUp(
                new app.haat.group.SignUpForm(
                        "New Kendra", bally, "2", 10, "Mou", fresh, "long-enough", null, true, Set.of(), "bn"),
                verified.apply(fresh));
        signUps.signUp(
                new app.haat.group.SignUpForm(
                        "Copy Kendra", bally, "2", 10, "Mou", holder, "long-enough", null, true, Set.of(), "bn"),
                verified.apply(holder));
        var group = app.haat.db.Tables.SHG_GROUP;
        assertThat(dsl.fetchCount(group, group.PHONE.eq(fresh))).isEqualTo(1);
        assertThat(dsl.fetchCount(group, group.PHONE.eq(holder))).isEqualTo(1);
        assertThat(dsl.fetchCount(group, group.NAME.eq("Copy Kendra"))).isZero();
        var outbox = app.haat.db.Tables.MAIL_OUTBOX;
        assertThat(dsl.fetchCount(
                        outbox,
                        outbox.RECIPIENT
                                .eq("holder-" + holder + "@example.org")
                                .and(outbox.MESSAGE_TYPE.eq(MessageType.SIGNUP_NUMBER_IN_USE))))
                .isEqualTo(1);
        // a form error is the same for both numbers: the weak password is refused before the number is looked up
        for (String mobile : List.of(GroupRegistryTest.newMobile(), holder)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> signUps.signUp(
                            new app.haat.group.SignUpForm(
                                    "Weak Kendra", bally, "2", 10, "Mou", mobile, "short", null, true, Set.of(), "bn"),
                            verified.apply(mobile)))
                    .isInstanceOfSatisfying(
                            app.haat.core.api.ValidationException.class,
                            e -> assertThat(e.errors()).containsExactly("user.error.passwordShort"));
        }
    }

    /** What a refused call must leave as it was: every audited change, and the rows it could have touched. */
    private String fingerprint() {
        StringBuilder print = new StringBuilder().append(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.ne("IMPORT")));
        for (String table : List.of(
                "shg_group",
                "app_user",
                "venue",
                "exhibition",
                "application",
                "assignment",
                "training_session",
                "desk_case",
                "desk_appointment")) {
            var row = dsl.select(DSL.count(), DSL.sum(DSL.field("version", Integer.class)))
                    .from(DSL.table(table))
                    .fetchOne();
            print.append('|').append(row.value1()).append('/').append(row.value2());
        }
        for (String table : List.of(
                "enrollment",
                "allocation_run",
                "waitlist_promotion",
                "kiosk",
                "group_member",
                "centre",
                "centre_request_type",
                "desk_document",
                "desk_hours")) {
            print.append('|').append(dsl.fetchCount(DSL.table(table)));
        }
        // listings and marketplaces: what each says, so a change of link, confirmation or name shows
        print.append('|')
                .append(dsl.select(DSL.field("id"), DSL.field("link"), DSL.field("confirmed_at"))
                        .from(DSL.table("group_listing"))
                        .orderBy(DSL.field("id"))
                        .fetch()
                        .formatCSV());
        print.append('|')
                .append(dsl.select(DSL.field("id"), DSL.field("name"), DSL.field("active"))
                        .from(DSL.table("marketplace"))
                        .orderBy(DSL.field("id"))
                        .fetch()
                        .formatCSV());
        return print.toString();
    }

    private HttpResponse<String> send(Call call, String user) throws Exception {
        HttpRequest.Builder request =
                JsonRequests.request(call.method(), "http://localhost:" + port + call.path(), call.body());
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (user != null) {
            String password = user.equals(foreignGroup) ? "long-enough" : TestAccounts.PASSWORD; // groups' sign-up
            request.header("Authorization", JsonRequests.basic(user, password));
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
