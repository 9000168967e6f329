package app.haat.desk;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.Optional;

/**
 * A case's appointment on the group's page and on the staff's case page: when and with whom, moved or cancelled
 * (asked for once more), marked kept or missed by staff once its time has come; or a button to book one.
 */
class AppointmentSection extends Div {

    private final DeskAppointmentService appointments;
    private final DeskCase c;
    private final boolean staff;
    private final Runnable changed;

    AppointmentSection(DeskAppointmentService appointments, DeskCase c, boolean staff, Runnable changed) {
        this.appointments = appointments;
        this.c = c;
        this.staff = staff;
        this.changed = changed;
        setId("desk-appointment-" + c.id());
        Optional<Appointment> current = appointments.current(c.id());
        if (current.isPresent()) {
            show(current.get());
        } else if (c.status() == CaseStatus.REQUESTED || c.status() == CaseStatus.APPOINTMENT) {
            Button book = new Button(getTranslation("desk.appointment.book"), e -> dialog(false));
            book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            book.setId("desk-book-" + c.id());
            add(book);
        }
    }

    private void show(Appointment a) {
        String when = Formats.dateTime(a.startsAt());
        Paragraph text = new Paragraph(
                staff
                        ? getTranslation("desk.appointment.withStaff", when, a.staffName())
                        : getTranslation("desk.appointment.at", when));
        text.setId("desk-appointment-text-" + c.id());
        text.getStyle().set("font-weight", "600");
        add(text);
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        if (appointments.ahead(a)) {
            Button move = new Button(getTranslation("desk.appointment.move"), e -> dialog(true));
            move.setId("desk-move-" + c.id());
            Button cancel = new Button(
                    getTranslation("desk.appointment.callOff"),
                    e -> Confirm.ask(
                            getTranslation("desk.appointment.callOff"),
                            getTranslation("desk.appointment.callOff.confirm", when),
                            getTranslation("desk.appointment.callOff"),
                            () -> act(() -> appointments.cancel(c.id()), "desk.appointment.calledOff")));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("desk-call-off-" + c.id());
            buttons.add(move, cancel);
        } else if (staff) {
            Button kept = new Button(
                    getTranslation("desk.appointment.kept"),
                    e -> act(() -> appointments.mark(c.id(), AppointmentOutcome.KEPT), "action.saved"));
            kept.setId("desk-kept-" + c.id());
            Button missed = new Button(
                    getTranslation("desk.appointment.missed"),
                    e -> act(() -> appointments.mark(c.id(), AppointmentOutcome.MISSED), "action.saved"));
            missed.setId("desk-missed-" + c.id());
            buttons.add(kept, missed);
        }
        add(buttons);
    }

    private void dialog(boolean moving) {
        List<FreeSlot.StaffMember> staffList = staff ? appointments.staffOf(c.centreId()) : List.of();
        new AppointmentDialog(appointments, c, moving, staffList, changed).open();
    }

    private void act(Runnable action, String done) {
        if (Notifications.attempt(action)) {
            Notifications.success(getTranslation(done));
            changed.run();
        }
    }
}
