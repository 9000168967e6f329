package app.haat.desk;

import static app.haat.db.Tables.DESK_APPOINTMENT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Appointments on the screens: a group books from its page in Bengali (the date typed in Bengali digits, the free
 * times as buttons) and calls it off after a confirmation; the centre's staff see it on their desk, and mark a past
 * one kept on the case's page.
 */
class DeskAppointmentViewsTest extends ViewTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskAppointmentService appointments;

    @Autowired
    DeskHoursService hours;

    @Autowired
    DSLContext dsl;

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void aGroupBooksInBengaliFromTheFreeTimesAndCallsItOffAfterAskingOnceMore() {
        desk.staffOf(desk.northDumDum());
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long id = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.PAN, null));
        signInAs(group.mobile());
        navigate("my-requests");
        useLanguage(Translator.BENGALI);
        _click(_get(Button.class, s -> s.withId("desk-book-" + id)));
        _get(TextField.class, s -> s.withId("desk-appointment-date")).setValue("০৪/০১/২০৩৮");
        _click(_get(Button.class, s -> s.withId("desk-appointment-show")));
        Button eleven = _get(Button.class, s -> s.withId("desk-slot-1100"));
        assertThat(eleven.getText()).isEqualTo("১১:০০");
        _click(eleven);
        assertThat(desk.accounts.as(group.mobile(), () -> appointments.current(id)))
                .get()
                .satisfies(a -> assertThat(a.startsAt())
                        .isEqualTo(DeskAppointmentService.at(LocalDate.of(2038, 1, 4), LocalTime.of(11, 0))));
        assertThat(_get(Paragraph.class, s -> s.withId("desk-appointment-text-" + id))
                        .getText())
                .contains("০৪/০১/২০৩৮ ১১:০০");
        // a Sunday offers no time
        _click(_get(Button.class, s -> s.withId("desk-move-" + id)));
        _get(TextField.class, s -> s.withId("desk-appointment-date")).setValue("০৩/০১/২০৩৮");
        _click(_get(Button.class, s -> s.withId("desk-appointment-show")));
        assertThat(_get(Paragraph.class, s -> s.withId("desk-appointment-none")).getText())
                .contains("খালি সময় নেই");

        _click(_get(Button.class, s -> s.withId("desk-call-off-" + id)));
        assertThat(desk.accounts.as(group.mobile(), () -> appointments.current(id)))
                .isPresent();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(desk.accounts.as(group.mobile(), () -> appointments.current(id)))
                .isEmpty();
        assertThat(_find(Button.class, s -> s.withId("desk-book-" + id))).hasSize(1);
    }

    @Test
    void staffSeeTheirCentresAppointmentsOnTheDeskAndMarkAPastOneKept() {
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long id = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.UDYAM, null));
        OffsetDateTime tomorrowish = DeskAppointmentService.at(LocalDate.of(2038, 1, 6), LocalTime.of(12, 0));
        Appointment booked = desk.accounts.as(group.mobile(), () -> appointments.book(id, tomorrowish, null));
        // its time came yesterday, so it is on the desk to be marked
        OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1);
        dsl.update(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.STARTS_AT, yesterday)
                .set(DESK_APPOINTMENT.ENDS_AT, yesterday.plusMinutes(30))
                .where(DESK_APPOINTMENT.ID.eq(booked.id()))
                .execute();
        signInAs(staff);
        navigate("desk");
        VerticalLayout list = _get(VerticalLayout.class, s -> s.withId("desk-appointments"));
        assertThat(text(_get(list, Div.class, s -> s.withId("desk-appointment-row-" + booked.id()))))
                .contains("Udyam")
                .contains("mark kept or missed");
        navigate("desk/case/" + id);
        assertThat(_find(Button.class, s -> s.withId("desk-move-" + id))).isEmpty();
        _click(_get(Button.class, s -> s.withId("desk-kept-" + id)));
        assertThat(desk.accounts.as(staff, () -> appointments.current(id))).isEmpty();
        assertThat(dsl.select(DESK_APPOINTMENT.OUTCOME)
                        .from(DESK_APPOINTMENT)
                        .where(DESK_APPOINTMENT.ID.eq(booked.id()))
                        .fetchOne(DESK_APPOINTMENT.OUTCOME))
                .isEqualTo(AppointmentOutcome.KEPT);
    }

    @Test
    void staffOpenSundayInTheHoursDialogTypingTheTimesInBengaliDigits() {
        long centre = desk.medinipur();
        String staff = desk.staffOf(centre);
        signInAs(staff);
        navigate("desk");
        useLanguage(Translator.BENGALI);
        try {
            _click(_get(Button.class, s -> s.withId("desk-hours")));
            TextField opens = _get(TextField.class, s -> s.withId("desk-hours-opens-SUNDAY"));
            assertThat(opens.isEnabled()).isFalse();
            _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("desk-hours-open-SUNDAY"))
                    .setValue(true);
            assertThat(opens.isEnabled()).isTrue();
            opens.setValue("১১:০০");
            _get(TextField.class, s -> s.withId("desk-hours-closes-SUNDAY")).setValue("১৩:০০");
            _get(TextField.class, s -> s.withId("desk-hours-slot")).setValue("২০");
            _click(_get(Button.class, s -> s.withId("desk-hours-save")));
            DeskHours saved = desk.accounts.as(staff, () -> hours.hours(centre));
            assertThat(saved.slotMinutes()).isEqualTo(20);
            assertThat(saved.on(java.time.DayOfWeek.SUNDAY))
                    .contains(new DeskHours.Day(java.time.DayOfWeek.SUNDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)));
        } finally {
            desk.accounts.as(staff, () -> hours.setHours(centre, DeskAppointmentServiceTest.DEFAULT));
        }
    }
}
