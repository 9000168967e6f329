package app.haat.centre;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.group.GroupProfileService;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff edit, move and call off a session from its page, in Bengali with Bengali digits typed. */
class SessionChangeViewsTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    CentreSetupService setup;

    @Autowired
    TrainingScheduleService schedule;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    GroupProfileService profiles;

    @Test
    void staffEditMoveAndCallOffASessionInBengali() {
        String staff = fx.accounts.staff();
        long topic = fx.accounts.as(staff, () -> setup.topics()).getFirst().id();
        LocalDate thursday = LocalDate.of(2039, 2, 1).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        long session = series(staff, "Change", topic, thursday, 1).getFirst();
        long bidhannagar = fx.municipality("Bidhannagar");
        VerifiedGroup group = fx.verifiedGroup(fx.accounts.officer(Set.of(bidhannagar)), bidhannagar, "CRAFT");
        List<Long> members = List.of(
                fx.accounts.as(group.mobile(), () -> profiles.addMember(group.id(), "Mina", null, null)),
                fx.accounts.as(group.mobile(), () -> profiles.addMember(group.id(), "Tina", null, null)));
        fx.accounts.as(group.mobile(), () -> enrollments.enroll(session, members));

        signInAs(staff);
        navigate("training/" + session);
        useLanguage(Translator.BENGALI);

        // edit: one seat for two enrolled is refused with the count; five seats and a title are saved
        _click(_get(Button.class, s -> s.withId("session-edit")));
        // a series of one session: nothing follows it, so no "and all that follow"
        assertThat(_find(Checkbox.class, s -> s.withId("edit-following"))).isEmpty();
        TextField seats = _get(TextField.class, s -> s.withId("edit-capacity"));
        assertThat(seats.getValue()).isEqualTo("৫");
        setAsUser(seats, "১");
        _click(_get(Button.class, s -> s.withId("edit-save")));
        expectNotifications(Formats.bengaliDigits(Formats.date(thursday))
                + " তারিখের অধিবেশনে ২ জন সদস্য নাম লিখিয়েছেন: আসন এর কম হতে পারে না। আগে সদস্যদের নাম তুলে নিন।");
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).capacity())
                .isEqualTo(5);
        setAsUser(seats, "৮");
        setAsUser(_get(TextField.class, s -> s.withId("edit-title")), "ছবি তোলার কৌশল");
        _click(_get(Button.class, s -> s.withId("edit-save")));
        Session edited = fx.accounts.as(staff, () -> schedule.session(session));
        assertThat(edited.capacity()).isEqualTo(8);
        assertThat(edited.title()).isEqualTo("ছবি তোলার কৌশল");

        // reschedule: the next day at ১৪:৩০, typed in Bengali digits
        _click(_get(Button.class, s -> s.withId("session-reschedule")));
        setAsUser(
                _get(TextField.class, s -> s.withId("move-day")),
                Formats.bengaliDigits(Formats.date(thursday.plusDays(1))));
        setAsUser(_get(TextField.class, s -> s.withId("move-time")), "১৪:৩০");
        _click(_get(Button.class, s -> s.withId("move-save")));
        Session moved = fx.accounts.as(staff, () -> schedule.session(session));
        assertThat(moved.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDateTime())
                .isEqualTo(thursday.plusDays(1).atTime(14, 30));

        // call off: the dialog says what is lost; a blank reason is refused; with a reason the session is cancelled
        _click(_get(Button.class, s -> s.withId("session-cancel")));
        assertThat(_get(Paragraph.class, s -> s.withId("cancel-what-is-lost")).getText())
                .contains("নাম লেখানো ২ জন")
                .contains("অপেক্ষায় থাকা ০ জন")
                .contains("ফিরিয়ে আনা যায় না");
        Button confirm = _get(Button.class, s -> s.withId("cancel-session-confirm"));
        assertThat(confirm.getText()).isEqualTo("অধিবেশন বাতিল করুন");
        _click(confirm);
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).cancelled())
                .isFalse();
        setAsUser(_get(TextField.class, s -> s.withId("cancel-reason")), "প্রশিক্ষক অসুস্থ");
        _click(_get(Button.class, s -> s.withId("cancel-session-confirm")));
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).cancelled())
                .isTrue();
        assertThat(_get(Paragraph.class, s -> s.withId("session-cancelled")).getText())
                .isEqualTo("বাতিল: প্রশিক্ষক অসুস্থ");
        assertThat(_find(Button.class, s -> s.withId("session-edit"))).isEmpty();
        // nor is anyone unenrolled from it any more
        assertThat(_find(Button.class, s -> s.withText("নাম লেখানো বাতিল করুন")))
                .isEmpty();
    }

    @Test
    void onlyASessionWithLaterOnesInItsSeriesOffersToChangeThemToo() {
        String staff = fx.accounts.staff();
        long topic = fx.accounts.as(staff, () -> setup.topics()).getFirst().id();
        LocalDate monday = LocalDate.of(2039, 5, 1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Long> sessions = series(staff, "Series", topic, monday, 2);
        assertThat(sessions).hasSize(2);
        signInAs(staff);

        navigate("training/" + sessions.getFirst());
        _click(_get(Button.class, s -> s.withId("session-reschedule")));
        assertThat(_find(Checkbox.class, s -> s.withId("move-following"))).hasSize(1);
        _get(com.vaadin.flow.component.dialog.Dialog.class).close();

        navigate("training/" + sessions.getLast());
        _click(_get(Button.class, s -> s.withId("session-reschedule")));
        assertThat(_find(Checkbox.class, s -> s.withId("move-following"))).isEmpty();
    }

    @Test
    void staffMarkDaysAwayAndRetireARoomInBengali() {
        String staff = fx.accounts.staff();
        long centre = fx.centre("Retire centre ", "Sector-5");
        long room = fx.accounts.as(staff, () -> setup.addRoom(centre, unique("Old room "), 15, null));
        long trainer = fx.accounts.as(staff, () -> setup.addTrainer(unique("Lipi Das "), "MARKETPLACE", "bn"));
        long topic = fx.accounts.as(staff, () -> setup.topics()).stream()
                .filter(t -> t.code().equals("MARKETPLACE"))
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate friday = LocalDate.of(2039, 6, 1).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        long session = fx.accounts
                .as(
                        staff,
                        () -> schedule.createSeries(
                                new SeriesForm(topic, room, trainer, friday, LocalTime.of(11, 0), 60, 1, 5, "bn")))
                .sessionIds()
                .getFirst();
        signInAs(staff);
        navigate("trainings/resources");
        useLanguage(Translator.BENGALI);

        // days away typed in Bengali digits: the session that day is named
        _click(_get(Button.class, s -> s.withId("days-away-" + trainer)));
        setAsUser(_get(TextField.class, s -> s.withId("away-from")), Formats.bengaliDigits(Formats.date(friday)));
        setAsUser(
                _get(TextField.class, s -> s.withId("away-to")),
                Formats.bengaliDigits(Formats.date(friday.plusDays(1))));
        _click(_get(Button.class, s -> s.withId("away-save")));
        // the clashing session is listed with a link to its page, to move or call it off
        assertThat(_get(
                                Paragraph.class,
                                s -> s.withText(
                                        "লেখা হয়েছে। ওই দিনগুলিতে এই প্রশিক্ষকের ১টি অধিবেশন আছে; সরান বা বাতিল করুন:"))
                        .isVisible())
                .isTrue();
        com.vaadin.flow.component.html.Anchor clash =
                _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("away-clash-" + session));
        assertThat(clash.getText())
                .isEqualTo(Formats.bengaliDigits(Formats.date(friday)) + " ১১:০০ " + "অনলাইন বাজারে পণ্য তোলা");
        assertThat(clash.getHref()).isEqualTo("training/" + session);
        _click(_get(Button.class, s -> s.withId("away-clashes-close")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("trainer-" + trainer))
                        .getElement()
                        .getTextRecursively())
                .contains(Formats.bengaliDigits(Formats.date(friday.plusDays(1))));

        // retiring the room asks first, naming the one session still booked there
        _click(_get(Button.class, s -> s.withId("retire-room-" + room)));
        var ask = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(ask))
                .contains("বুক করা অধিবেশন: ১টি");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(ask);
        assertThat(_find(Button.class, s -> s.withId("retire-room-" + room))).isEmpty();
        assertThat(fx.accounts.as(staff, () -> setup.rooms())).noneMatch(r -> r.id() == room);
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).roomId())
                .isEqualTo(room);
    }

    /** A room and a trainer at a new centre, the series of {@code weeks} weekly sessions on {@code topic}. */
    private List<Long> series(String staff, String name, long topic, LocalDate firstDay, int weeks) {
        long centre = fx.centre(name + " centre ", "Sector-4");
        long room = fx.accounts.as(staff, () -> setup.addRoom(centre, unique(name + " room "), 15, null));
        long trainer = fx.accounts.as(staff, () -> setup.addTrainer(unique(name + " Sen "), "MARKETPLACE", "bn"));
        return fx.accounts
                .as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic, room, trainer, firstDay, LocalTime.of(11, 0), 60, weeks, 5, "bn")))
                .sessionIds();
    }
}
