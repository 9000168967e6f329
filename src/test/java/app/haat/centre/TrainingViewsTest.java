package app.haat.centre;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.centre.TrainingRecords.EnrollableGroup;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.TypedField;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.group.GroupProfileService;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.Member;
import app.haat.group.SignUpForm;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff plan a series on the calendar; a leader enrolls members from a phone in Bengali; staff mark attendance. */
class TrainingViewsTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    CentreSetupService setup;

    @Autowired
    TrainingScheduleService schedule;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    TrainingReportService reports;

    @Autowired
    GroupService groups;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupProfileService profiles;

    @Autowired
    DSLContext dsl;

    /**
     * A group opens its trainings on its own members' sessions (with who is in them), then the sessions of the coming
     * weeks it may join, before the centre's calendar of the current week; in Bengali, with Bengali digits.
     */
    @Test
    void aGroupSeesItsOwnSessionsFirstThenThoseItMayJoinInBengali() {
        String staff = fx.accounts.staff();
        long centre = fx.centre("Own centre ", "Sector-3");
        long room = fx.accounts.as(staff, () -> setup.addRoom(centre, unique("Own room "), 15, null));
        long trainer = fx.accounts.as(staff, () -> setup.addTrainer(unique("Mou Pal "), "MARKETPLACE", "bn"));
        long topic = fx.accounts.as(staff, () -> setup.topics()).stream()
                .filter(t -> t.code().equals("MARKETPLACE"))
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate first = LocalDate.now(Formats.INDIA).plusWeeks(1);
        List<Long> made = fx.accounts
                .as(
                        staff,
                        () -> schedule.createSeries(
                                new SeriesForm(topic, room, trainer, first, LocalTime.of(11, 0), 60, 3, 10, "bn")))
                .sessionIds();
        assertThat(made).hasSizeGreaterThanOrEqualTo(2);
        String mobile = GroupRegistryTest.newMobile();
        long group = verifiedGroup(unique("Nijer "), "7", "Rina Das", mobile);
        long member = fx.accounts.as(
                mobile, () -> profiles.addMember(group, "পূর্ণিমা মণ্ডল", Member.MemberRole.MEMBER, null));
        long own = made.get(1);
        fx.accounts.as(mobile, () -> enrollments.enroll(own, List.of(member)));

        signInAs(mobile);
        navigate("trainings");
        useLanguage(Translator.BENGALI);
        Div enrolled = _get(Div.class, s -> s.withId("group-trainings-enrolled"));
        String ownCard = _get(Div.class, s -> s.withId("group-session-" + own))
                .getElement()
                .getTextRecursively();
        assertThat(ownCard)
                .contains(Formats.bengaliDigits(Formats.date(fx.accounts
                        .as(staff, () -> schedule.session(own))
                        .startsAt()
                        .atZoneSameInstant(Formats.INDIA)
                        .toLocalDate())))
                .contains("১১:০০–১২:০০")
                .contains("পূর্ণিমা মণ্ডল")
                .contains("১০টির মধ্যে ১টি আসন নেওয়া");
        assertThat(_find(enrolled, Div.class, s -> s.withId("group-session-" + made.getFirst())))
                .isEmpty();
        Div joinable = _get(Div.class, s -> s.withId("group-trainings-joinable"));
        assertThat(_find(joinable, Div.class, s -> s.withId("group-session-" + made.getFirst())))
                .hasSize(1);
        assertThat(_find(joinable, Div.class, s -> s.withId("group-session-" + own)))
                .isEmpty();
        // the group's own list comes before the centre's calendar
        var page = _get(TrainingsView.class);
        assertThat(page.indexOf(_get(Div.class, s -> s.withId("group-trainings"))))
                .isLessThan(page.indexOf(_get(Div.class, s -> s.withId("trainings-calendar"))));
    }

    /**
     * In Bengali, the start time typed as the testers did ("২:০০ অপরাহ্ণ") is read; a blank time is refused with its
     * reason, and nothing is created with a time nobody typed.
     */
    @Test
    void staffTypeTheDayAndTimeInBengaliAndABlankTimeIsRefused() {
        String staff = fx.accounts.staff();
        long centre = fx.centre("Digits centre ", "Sector-2");
        long room = fx.accounts.as(staff, () -> setup.addRoom(centre, unique("Digits room "), 15, null));
        long trainer = fx.accounts.as(staff, () -> setup.addTrainer(unique("Rina Das "), "MARKETPLACE", "bn"));
        LocalDate wednesday = LocalDate.of(2038, 5, 1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        signInAs(staff);
        navigate("trainings");
        useLanguage(Translator.BENGALI);
        _click(_get(Button.class, s -> s.withId("trainings-new-series")));
        @SuppressWarnings("unchecked")
        Select<Topic> topic = _get(Select.class, s -> s.withId("series-topic"));
        setAsUser(topic, topic.getListDataView().getItems().findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Room> rooms = _get(Select.class, s -> s.withId("series-room"));
        setAsUser(
                rooms,
                rooms.getListDataView()
                        .getItems()
                        .filter(r -> r.id() == room)
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Trainer> trainers = _get(Select.class, s -> s.withId("series-trainer"));
        setAsUser(
                trainers,
                trainers.getListDataView()
                        .getItems()
                        .filter(t -> t.id() == trainer)
                        .findFirst()
                        .orElseThrow());
        TextField first = _get(TextField.class, s -> s.withId("series-first"));
        setAsUser(first, Formats.bengaliDigits(Formats.date(wednesday)));
        setAsUser(_get(TextField.class, s -> s.withId("series-weeks")), "১");
        setAsUser(_get(TextField.class, s -> s.withId("series-minutes")), "৯০");
        TextField time = _get(TextField.class, s -> s.withId("series-time"));
        assertThat(time.getValue()).isEqualTo("১১:০০"); // the proposed time is shown, in Bengali digits
        setAsUser(time, "");
        _click(_get(Button.class, s -> s.withId("series-create")));
        expectNotifications("শুরুর সময়: সময় লিখুন, যেমন ১৪:৩০।");
        assertThat(fx.accounts.as(staff, () -> schedule.sessions(wednesday, wednesday)))
                .noneMatch(x -> x.roomId() == room);
        setAsUser(time, "২:০০ অপরাহ্ণ");
        assertThat(time.getValue()).isEqualTo("১৪:০০");
        _click(_get(Button.class, s -> s.withId("series-create")));
        Session made = fx.accounts.as(staff, () -> schedule.sessions(wednesday, wednesday)).stream()
                .filter(x -> x.roomId() == room)
                .findFirst()
                .orElseThrow();
        assertThat(made.startsAt().atZoneSameInstant(Formats.INDIA).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(14, 0));
        assertThat(made.endsAt()).isEqualTo(made.startsAt().plusMinutes(90));
    }

    @Test
    void staffCreateASeriesLeadersEnrollAndAttendanceIsMarked() {
        String staff = fx.accounts.staff();
        long centre = fx.centre("View centre ", "Sector-1");
        long room = fx.accounts.as(staff, () -> setup.addRoom(centre, "Computer room", 12, "10 computers"));
        long trainer = fx.accounts.as(staff, () -> setup.addTrainer(unique("Papiya Roy "), "MARKETPLACE", "bn"));
        LocalDate tuesday = LocalDate.of(2037, 3, 1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        // staff: a six-week series from the calendar's dialog
        signInAs(staff);
        navigate("trainings");
        _click(_get(Button.class, s -> s.withId("trainings-new-series")));
        @SuppressWarnings("unchecked")
        Select<Topic> topic = _get(Select.class, s -> s.withId("series-topic"));
        setAsUser(
                topic,
                topic.getListDataView()
                        .getItems()
                        .filter(t -> t.code().equals("MARKETPLACE"))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Room> rooms = _get(Select.class, s -> s.withId("series-room"));
        setAsUser(
                rooms,
                rooms.getListDataView()
                        .getItems()
                        .filter(r -> r.id() == room)
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Trainer> trainers = _get(Select.class, s -> s.withId("series-trainer"));
        setAsUser(
                trainers,
                trainers.getListDataView()
                        .getItems()
                        .filter(t -> t.id() == trainer)
                        .findFirst()
                        .orElseThrow());
        setAsUser(_get(TextField.class, s -> s.withId("series-first")), Formats.date(tuesday));
        assertThat(_get(TypedField.class, s -> s.withId("series-capacity")).typed())
                .isEqualTo(12);
        _click(_get(Button.class, s -> s.withId("series-create")));
        List<Session> made = fx.accounts.as(staff, () -> schedule.sessions(tuesday, tuesday.plusWeeks(6))).stream()
                .filter(x -> x.roomId() == room)
                .toList();
        assertThat(made).hasSize(6);
        long session = made.getFirst().id();
        // the calendar shows the week, and a room's feed
        assertThat(_get(Div.class, s -> s.withId("session-" + session))
                        .getElement()
                        .getTextRecursively())
                .contains("11:00–13:00")
                .contains("Computer room")
                .contains("0 of 12 seats taken");
        @SuppressWarnings("unchecked")
        Select<Object> focus = _get(Select.class, s -> s.withId("trainings-focus"));
        setAsUser(
                focus,
                focus.getListDataView()
                        .getItems()
                        .filter(o -> o instanceof Room r && r.id() == room)
                        .findFirst()
                        .orElseThrow());
        assertThat(_get(Anchor.class, s -> s.withId("trainings-feed")).getHref())
                .isEqualTo("/calendar/room/" + room + ".ics");

        // a verified group's leader enrolls two members from the phone, in Bengali
        String mobile = GroupRegistryTest.newMobile();
        long group = verifiedGroup(unique("Sathi "), "5", "Rina Das", mobile);
        long first = fx.accounts.as(
                mobile, () -> profiles.addMember(group, "পূর্ণিমা মণ্ডল", Member.MemberRole.MEMBER, null));
        fx.accounts.as(mobile, () -> profiles.addMember(group, "শিখা দত্ত", Member.MemberRole.MEMBER, null));
        signInAs(mobile);
        navigate("training/" + session);
        useLanguage(Translator.BENGALI);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Member> members = _get(CheckboxGroup.class, s -> s.withId("enroll-members"));
        setAsUser(members, Set.copyOf(members.getListDataView().getItems().toList()));
        _click(_get(Button.class, s -> s.withId("enroll-submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("session-seats")).getText())
                .isEqualTo("১২টির মধ্যে ২টি আসন নেওয়া");

        // staff enroll a member of another verified group, found by its name
        String mobile2 = GroupRegistryTest.newMobile();
        String otherName = unique("Ekata ");
        long other = verifiedGroup(otherName, "6", "Mita Bag", mobile2);
        fx.accounts.as(mobile2, () -> profiles.addMember(other, "Tumpa Saha", Member.MemberRole.MEMBER, null));
        signInAs(staff);
        navigate("training/" + session);
        useLanguage(Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        ComboBox<EnrollableGroup> find = _get(ComboBox.class, s -> s.withId("staff-group"));
        setAsUser(
                find,
                fx.accounts
                        .as(staff, () -> enrollments.enrollableGroups(otherName, 0, 5))
                        .getFirst());
        @SuppressWarnings("unchecked")
        CheckboxGroup<Member> theirs = _get(CheckboxGroup.class, s -> s.withId("enroll-members"));
        setAsUser(theirs, Set.copyOf(theirs.getListDataView().getItems().toList()));
        _click(_get(Button.class, s -> s.withId("enroll-submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("session-seats")).getText())
                .isEqualTo("3 of 12 seats taken");

        // attendance cannot be ticked before the session has happened: the box is off, and the page says when
        Enrollment enrollment = fx.accounts.as(staff, () -> enrollments.enrollments(session)).stream()
                .filter(e -> e.memberId() == first)
                .findFirst()
                .orElseThrow();
        assertThat(_get(Checkbox.class, s -> s.withId("present-" + enrollment.id()))
                        .isEnabled())
                .isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("attendance-later")).getText())
                .isEqualTo("You can tick attendance once the session has begun.");
        // once held, staff tick attendance on the roster
        HeldSessions.held(dsl, session);
        navigate("training/" + session);
        assertThat(_find(Paragraph.class, s -> s.withId("attendance-later"))).isEmpty();
        setAsUser(_get(Checkbox.class, s -> s.withId("present-" + enrollment.id())), true);
        assertThat(fx.accounts.as(staff, () -> enrollments.enrollments(session)).stream()
                        .filter(e -> e.memberId() == first)
                        .findFirst()
                        .orElseThrow()
                        .attended())
                .isTrue();
    }

    @Test
    void theAdminSetsTheTargetAndSeesProgressPerDistrict() {
        signInAs(fx.accounts.admin());
        navigate("trainings/report");
        @SuppressWarnings("unchecked")
        TypedField<Integer> target = _get(TypedField.class, s -> s.withId("report-target"));
        int before = target.value();
        try {
            setAsUser(target, "২,০০০");
            _click(_get(Button.class, s -> s.withId("report-target-save")));
            assertThat(reports.report().target()).isEqualTo(2000);
            assertThat(_get(Paragraph.class, s -> s.withId("report-total")).getText())
                    .contains("members trained of");
        } finally {
            fx.accounts.as(fx.accounts.admin(), () -> {
                reports.setTarget(before);
                return null;
            });
        }
    }

    /** A group in Bidhannagar whose leader signs in with the mobile, verified by an officer of Bidhannagar. */
    private long verifiedGroup(String name, String ward, String leader, String mobile) {
        long bidhannagar = fx.municipality("Bidhannagar");
        long group = registrations.register(new SignUpForm(
                name, bidhannagar, ward, 10, leader, mobile, "long-enough", null, true, Set.of("CRAFT"), "bn"));
        String officer = fx.accounts.officer(Set.of(bidhannagar));
        fx.accounts.as(
                officer, () -> registrations.verify(group, groups.get(group).version()));
        return group;
    }
}
