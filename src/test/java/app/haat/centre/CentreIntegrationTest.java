package app.haat.centre;

import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.group.GroupProfileService;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.Member;
import app.haat.group.SignUpForm;
import app.haat.support.IntegrationTest;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The centre's services on a real database, each test with a centre of its own, a room, a trainer and a Tuesday. */
abstract class CentreIntegrationTest extends IntegrationTest {

    private static final AtomicInteger WEEK = new AtomicInteger();

    @Autowired
    CentreSetupService setup;

    @Autowired
    TrainingScheduleService schedule;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    TrainingReportService reports;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    GroupService groups;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupProfileService profiles;

    @Autowired
    DSLContext dsl;

    String staff;
    long centre;
    long room;
    long trainer;
    LocalDate tuesday;

    /** A group whose leader signs in with the mobile, and its members' ids. */
    record LeaderGroup(String mobile, long id, List<Long> members) {
        long member(int index) {
            return members.get(index);
        }
    }

    @BeforeEach
    void centre() {
        staff = fx.accounts.staff();
        long bidhannagar = fx.municipality("Bidhannagar");
        centre = fx.accounts.as(
                fx.accounts.admin(),
                () -> fx.venues.create(new VenueForm(
                        VenueKind.CENTRE,
                        unique("Centre "),
                        bidhannagar,
                        "Sector-1",
                        1,
                        6,
                        3,
                        null,
                        null,
                        List.of(new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false)))));
        room = fx.accounts.as(staff, () -> setup.addRoom(centre, "Room 2", 20, "projector, 10 computers"));
        trainer = fx.accounts.as(staff, () -> setup.addTrainer(unique("Soma Sen "), "PHOTOGRAPHY", "bn"));
        // a Tuesday far ahead, different for every test so that trainers of other tests never clash
        tuesday = LocalDate.of(2036, 1, 1)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .plusWeeks(WEEK.getAndAdd(10));
    }

    long topic(String code) {
        return fx.accounts.as(staff, () -> setup.topics()).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    SeriesForm series(LocalDate first, int weeks, int capacity) {
        return new SeriesForm(
                topic("PHOTOGRAPHY"), room, trainer, first, LocalTime.of(11, 0), 120, weeks, capacity, "bn");
    }

    /** A group in Bidhannagar, verified or not, with members. */
    LeaderGroup group(boolean verified, int members) {
        return group(verified, members, "Bidhannagar");
    }

    LeaderGroup group(boolean verified, int members, String municipalityName) {
        long municipality = fx.municipality(municipalityName);
        String officer = fx.accounts.officer(Set.of(municipality));
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                unique("Alo "),
                municipality,
                "5",
                10,
                "Rina Das",
                mobile,
                "long-enough",
                null,
                true,
                Set.of("HANDLOOM"),
                "bn"));
        if (verified) {
            fx.accounts.as(
                    officer, () -> registrations.verify(id, groups.get(id).version()));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            int n = i;
            ids.add(fx.accounts.as(
                    mobile, () -> profiles.addMember(id, "Member " + n, Member.MemberRole.MEMBER, null)));
        }
        return new LeaderGroup(mobile, id, List.copyOf(ids));
    }
}
