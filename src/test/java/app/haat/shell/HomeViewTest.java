package app.haat.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.centre.AttendanceService;
import app.haat.centre.CentreSetupService;
import app.haat.centre.EnrollmentService;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingScheduleService;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.db.Tables;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.group.Member;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page leads with what needs the signed-in person today, each item one tap from the page that deals with it. */
class HomeViewTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    CentreSetupService setup;

    @Autowired
    TrainingScheduleService schedule;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    DSLContext dsl;

    @Test
    void aGroupIsGreetedByItsNameAndSeesItsNextStepsInBengali() {
        long kamarhati = fx.municipality("Kamarhati");
        String officer = fx.accounts.officer(Set.of(kamarhati));
        long mall = fx.mall(officer, kamarhati, 1);
        String title = "Home fair " + System.nanoTime();
        long exhibition = fx.openExhibition(
                officer, mall, title, LocalDate.now(Formats.INDIA).plusDays(30), 7, SlotLength.WHOLE, 2);
        VerifiedGroup group = fx.verifiedGroup(officer, kamarhati, "FOOD");

        signInAs(group.mobile());
        navigate("");
        useLanguage(Translator.BENGALI);
        String name = fx.accounts.as(group.mobile(), () -> fx.groups.mine()).name();
        assertThat(_get(H2.class).getText()).isEqualTo("স্বাগতম, " + name);
        // no statewide figures for a group
        assertThat(_find(Div.class, s -> s.withId("home-figures"))).isEmpty();
        // apply to the open exhibition of its catchment, by its deadline (Bengali digits), one tap to My stalls
        String closes = Formats.bengaliDigits(Formats.dateTime(
                fx.accounts.as(officer, () -> fx.exhibitions.get(exhibition)).applicationsCloseAt()));
        Anchor apply = todo(title);
        assertThat(apply.getHref()).isEqualTo("my-stalls");
        assertThat(apply.getText()).contains("আবেদন করুন").contains(closes);
        assertThat(apply.getClassNames()).contains("haat-tap");
        // its profile is not finished: one tap to My group
        Anchor profile = todo("প্রোফাইল");
        assertThat(profile.getHref()).isEqualTo("my-group");
        assertThat(profile.getText()).containsPattern("[০-৯]টির মধ্যে [০-৯]টি ধাপ");

        // once it has applied, the exhibition leaves the list
        fx.accounts.as(
                group.mobile(),
                () -> applications.apply(
                        exhibition,
                        new ApplicationForm(
                                null,
                                List.of(fx.accounts
                                        .as(officer, () -> fx.exhibitions.slots(exhibition))
                                        .getFirst()
                                        .id()),
                                List.of(group.product()),
                                false,
                                false,
                                true)));
        navigate("my-stalls");
        navigate("");
        assertThat(text()).doesNotContain(title);
    }

    @Test
    void aGroupWaitingForVerificationIsToldSo() {
        long bally = fx.municipality("Bally");
        String mobile = app.haat.group.GroupRegistryTest.newMobile();
        fx.registrations.register(new app.haat.group.SignUpForm(
                "অপেক্ষার গোষ্ঠী " + mobile,
                bally,
                "4",
                10,
                "Mita Bag",
                mobile,
                "long-enough",
                null,
                true,
                Set.of("CRAFT"),
                "bn"));
        signInAs(mobile);
        navigate("");
        Anchor waiting = todo("waiting for your municipality to verify");
        assertThat(waiting.getHref()).isEqualTo("my-group");
    }

    @Test
    void anOfficerSeesWhatWaitsInTheirMunicipalitiesOnly() {
        long kamarhati = fx.municipality("Kamarhati");
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(kamarhati));
        String other = fx.accounts.officer(Set.of(bally));
        String mine = submittedApplication(officer, kamarhati);
        String theirs = submittedApplication(other, bally);

        signInAs(officer);
        navigate("");
        Anchor review = todo(mine);
        assertThat(review.getText()).isEqualTo("Applications to review for " + mine + ": 1.");
        assertThat(review.getHref()).startsWith("exhibition/");
        assertThat(text()).doesNotContain(theirs);
        // the to-do list comes before the figures
        var home = _get(HomeView.class);
        assertThat(home.indexOf(_get(Div.class, s -> s.withId("home-todo"))))
                .isLessThan(home.indexOf(_get(Div.class, s -> s.withId("home-figures"))));
    }

    @Test
    void staffSeeTodaysSessionsAndTheAttendanceStillToTick() {
        String staff = fx.accounts.staff();
        long session = sessionWithOneMember(staff);
        // the session began ten minutes ago
        OffsetDateTime now = OffsetDateTime.now();
        dsl.update(Tables.TRAINING_SESSION)
                .set(Tables.TRAINING_SESSION.STARTS_AT, now.minusMinutes(10))
                .set(Tables.TRAINING_SESSION.ENDS_AT, now.plusMinutes(50))
                .where(Tables.TRAINING_SESSION.ID.eq(session))
                .execute();

        signInAs(staff);
        navigate("");
        Anchor attendance = _find(Anchor.class).stream()
                .filter(a -> a.getHref().equals("training/" + session))
                .findFirst()
                .orElseThrow();
        assertThat(attendance.getText())
                .contains("Taking e-payments")
                .contains("tick attendance, 1 of 1 not marked yet");
        assertThat(_find(Div.class, s -> s.withId("home-figures"))).isEmpty();
    }

    /** A session in the far future with one member enrolled; answers its id (tests move it in time). */
    private long sessionWithOneMember(String staff) {
        long bidhannagar = fx.municipality("Bidhannagar");
        long centre = fx.centre("Home centre ", "Sector-5");
        long room = fx.accounts.as(staff, () -> setup.addRoom(centre, "Home room " + System.nanoTime(), 10, null));
        long trainer =
                fx.accounts.as(staff, () -> setup.addTrainer("Home trainer " + System.nanoTime(), "EPAYMENT", "bn"));
        long topic = fx.accounts.as(staff, () -> setup.topics()).stream()
                .filter(t -> t.code().equals("EPAYMENT"))
                .findFirst()
                .orElseThrow()
                .id();
        long session = fx.accounts
                .as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic, room, trainer, LocalDate.of(2039, 6, 7), LocalTime.of(11, 0), 60, 1, 10, "bn")))
                .sessionIds()
                .getFirst();
        VerifiedGroup group = fx.verifiedGroup(fx.accounts.officer(Set.of(bidhannagar)), bidhannagar, "CRAFT");
        long member = fx.accounts.as(
                group.mobile(), () -> fx.profiles.addMember(group.id(), "Tumpa Saha", Member.MemberRole.MEMBER, null));
        fx.accounts.as(group.mobile(), () -> enrollments.enroll(session, List.of(member)));
        return session;
    }

    @Test
    void staffAreRemindedOfAttendanceNeverTickedOnEarlierDays() {
        String staff = fx.accounts.staff();
        long session = sessionWithOneMember(staff);
        OffsetDateTime threeDaysAgo = OffsetDateTime.now().minusDays(3);
        dsl.update(Tables.TRAINING_SESSION)
                .set(Tables.TRAINING_SESSION.STARTS_AT, threeDaysAgo)
                .set(Tables.TRAINING_SESSION.ENDS_AT, threeDaysAgo.plusHours(1))
                .where(Tables.TRAINING_SESSION.ID.eq(session))
                .execute();

        signInAs(staff);
        navigate("");
        Anchor missed = _find(Anchor.class).stream()
                .filter(a -> a.getHref().equals("training/" + session))
                .findFirst()
                .orElseThrow();
        assertThat(missed.getText())
                .contains(Formats.date(
                        threeDaysAgo.atZoneSameInstant(Formats.INDIA).toLocalDate(), Locale.ENGLISH))
                .contains("attendance still to tick, 1 not marked");

        // once ticked, the reminder is gone
        long enrollment = fx.accounts
                .as(staff, () -> enrollments.enrollments(session))
                .getFirst()
                .id();
        fx.accounts.as(staff, () -> attendance.markAttendance(enrollment, true));
        navigate("trainings");
        navigate("");
        assertThat(_find(Anchor.class).stream().map(a -> a.getHref() + " " + a.getText()))
                .noneMatch(a -> a.startsWith("training/" + session + " "));
    }

    /** An open exhibition in the municipality with one group's application waiting; answers its title. */
    private String submittedApplication(String officer, long municipality) {
        long mall = fx.mall(officer, municipality, 1);
        String title = "Review fair " + System.nanoTime();
        long exhibition = fx.openExhibition(
                officer, mall, title, LocalDate.now(Formats.INDIA).plusDays(30), 7, SlotLength.WHOLE, 2);
        VerifiedGroup group = fx.verifiedGroup(officer, municipality, "FOOD");
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        fx.apply(group, exhibition, slot);
        return title;
    }

    private Anchor todo(String containing) {
        return _find(Anchor.class, s -> s.withClasses("haat-todo")).stream()
                .filter(a -> a.getText().contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no to-do containing \"" + containing + "\" in: " + text()));
    }

    private String text() {
        return _get(Div.class, s -> s.withId("home-todo")).getElement().getTextRecursively();
    }
}
