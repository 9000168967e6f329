package app.haat.desk;

import static app.haat.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.region.CentreDirectoryService;
import app.haat.region.CentreKind;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import app.haat.user.UserAccount;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import app.haat.venue.VenueKind;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Staff bound to one centre: Salt Lake unless another is chosen; admins add and remove City Livelihood Centres. */
class CentreStaffTest extends IntegrationTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    UserService users;

    @Autowired
    CentreDirectoryService centres;

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    @Autowired
    app.haat.centre.CentreSetupService setup;

    @Autowired
    app.haat.venue.VenueService venues;

    @Autowired
    DeskRequestService deskRequests;

    @Autowired
    app.haat.shell.HomeTodoService home;

    @Test
    void staffBelongToSaltLakeUnlessAnotherCentreIsChosenAndOnlyStaffBelongToACentre() {
        long saltLake = SystemAuthority.runAsAdmin(centres::saltLake);
        assertThat(centres.centre(saltLake).orElseThrow().kind()).isEqualTo(CentreKind.TRAINING);
        String plain = desk.accounts.staff();
        assertThat(desk.accounts.as(plain, () -> users.centreOfCurrentUser())).contains(saltLake);
        String northDumDum = desk.staffOf(desk.northDumDum());
        assertThat(desk.accounts.as(northDumDum, () -> users.centreOfCurrentUser()))
                .contains(desk.northDumDum());
        // no staff account is left without a centre (the migration bound the old ones to Salt Lake)
        assertThat(dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.CENTRE_STAFF).and(APP_USER.CENTRE_ID.isNull())))
                .isZero();

        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                        unique("officer-"),
                        TestAccounts.PASSWORD,
                        "O",
                        null,
                        Role.MUNICIPAL_OFFICER,
                        Set.of(desk.fx.municipality("Bally")),
                        "en",
                        null,
                        null,
                        null,
                        null,
                        desk.medinipur()))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user.error.centreOnlyStaff");
        assertThatThrownBy(() -> SystemAuthority.runAsAdmin(() -> users.create(new UserForm(
                        unique("staff-"),
                        TestAccounts.PASSWORD,
                        "S",
                        null,
                        Role.CENTRE_STAFF,
                        Set.of(),
                        "en",
                        null,
                        null,
                        null,
                        null,
                        987_654L))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user.error.centreUnknown");
        // an officer has no centre
        String officer = desk.accounts.officer(Set.of(desk.fx.municipality("Bally")));
        assertThat(desk.accounts.as(officer, () -> users.centreOfCurrentUser())).isEmpty();
    }

    @Test
    void anAdminAddsACentreForAZoneAndRemovesItWhileNobodyWorksThere() {
        String admin = desk.accounts.admin();
        long zone = desk.accounts.as(admin, () -> regions.createZone(unique("Zone "), "জোন"));
        String name = unique("City Livelihood Centre, ");
        long centre = desk.accounts.as(admin, () -> centres.create(name, "কেন্দ্র", zone, "9830012345", "Ward 3"));
        assertThat(centres.centre(centre).orElseThrow().zoneId()).isEqualTo(zone);
        assertThatThrownBy(
                        () -> desk.accounts.as(admin, () -> centres.create(unique("Other "), "অন্য", zone, null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("centre.admin.error.zoneTaken");
        assertThatThrownBy(() -> desk.accounts.as(admin, () -> centres.create(" ", "", zone, "12", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("centre.admin.error.nameEn")
                .hasMessageContaining("centre.admin.error.phone");
        String officer = desk.accounts.officer(Set.of(desk.fx.municipality("Bally")));
        assertThatThrownBy(
                        () -> desk.accounts.as(officer, () -> centres.create(unique("X "), "এক্স", zone, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        // the zone stays while its centre does; the centre stays while someone works there
        assertThatThrownBy(() -> desk.accounts.as(admin, () -> regions.deleteZone(zone)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("region.zone.error.hasCentre");
        String staff = desk.staffOf(centre);
        assertThatThrownBy(() -> desk.accounts.as(admin, () -> centres.delete(centre)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("centre.admin.error.inUse");
        assertThatThrownBy(() -> desk.accounts.as(admin, () -> centres.delete(centres.saltLake())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("centre.admin.error.saltLake");
        // the admin moves the staff member to Salt Lake in the user dialog's way, then the centre may go
        desk.accounts.as(admin, () -> {
            UserAccount account = users.list().stream()
                    .filter(u -> u.username().equals(staff))
                    .findFirst()
                    .orElseThrow();
            assertThat(account.centreId()).isEqualTo(centre);
            users.update(
                    account.id(),
                    account.version(),
                    new UserForm(
                            staff,
                            null,
                            account.displayName(),
                            null,
                            Role.CENTRE_STAFF,
                            Set.of(),
                            "en",
                            null,
                            null,
                            null,
                            null,
                            null));
        });
        assertThat(desk.accounts.as(staff, () -> users.centreOfCurrentUser())).contains(centres.saltLake());
        desk.accounts.as(admin, () -> centres.delete(centre));
        assertThat(centres.centre(centre)).isEmpty();
        desk.accounts.as(admin, () -> regions.deleteZone(zone));
    }

    /** Trainings and displays are Salt Lake's: a City Livelihood Centre's staff run its desk and nothing else. */
    @Test
    void livelihoodStaffAreRefusedTheTrainingCentresWorkWhichSaltLakeStaffDo() {
        String saltLakeStaff = desk.accounts.staff();
        String clcStaff = desk.staffOf(desk.northDumDum());
        long saltLakeVenue = desk.fx.centre("Salt Lake display hall ", "Sector-1");
        assertThat(desk.accounts.as(saltLakeStaff, () -> setup.mayManage())).isTrue();
        assertThat(desk.accounts.as(saltLakeStaff, () -> setup.trainers())).isNotNull();
        assertThat(desk.accounts.as(saltLakeStaff, () -> venues.list()))
                .isNotEmpty()
                .allMatch(v -> v.kind() == VenueKind.CENTRE);

        assertThat(desk.accounts.as(clcStaff, () -> setup.mayManage())).isFalse();
        assertThatThrownBy(() -> desk.accounts.as(clcStaff, () -> setup.trainers()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("training.error.otherCentre");
        assertThatThrownBy(() -> desk.accounts.as(clcStaff, () -> setup.centres()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(desk.accounts.as(clcStaff, () -> venues.list())).isEmpty();
        assertThatThrownBy(() -> desk.accounts.as(clcStaff, () -> venues.get(saltLakeVenue)))
                .isInstanceOf(AccessDeniedException.class);
        // the desk stays theirs
        assertThat(desk.accounts.as(clcStaff, () -> deskRequests.myCentre().id()))
                .isEqualTo(desk.northDumDum());
    }

    /** A City Livelihood Centre's staff home names the requests waiting at their desk, not the trainings. */
    @Test
    void livelihoodStaffHomeCountsTheRequestsWaitingAtTheirDesk() {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long centre = SystemAuthority.runAsAdmin(
                        () -> centres.centreOfMunicipality(desk.fx.municipality("Bidhannagar")))
                .orElseThrow()
                .id();
        String staff = desk.staffOf(centre);
        java.util.function.Supplier<Long> waiting = () -> desk.accounts.as(
                staff,
                () -> home.today().stream()
                        .filter(t -> t.key().equals("home.todo.deskWaiting"))
                        .mapToLong(t -> ((Number) t.values().getFirst()).longValue())
                        .sum());
        long before = waiting.get();
        desk.accounts.as(group.mobile(), () -> deskRequests.ask(group.id(), RequestType.PAN, null));
        assertThat(waiting.get()).isEqualTo(before + 1);
        assertThat(desk.accounts.as(staff, () -> home.today()))
                .noneMatch(
                        t -> t.key().startsWith("home.todo.session") || t.key().startsWith("home.todo.attendance"));
    }
}
