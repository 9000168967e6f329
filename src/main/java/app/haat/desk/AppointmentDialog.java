package app.haat.desk;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.desk.FreeSlot.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Books or moves a case's appointment: a date (typed in Bengali or Latin digits), then the free times of that day as
 * buttons; staff may pick the staff member. A time taken in between is refused clearly and the times shown again.
 */
class AppointmentDialog extends FormDialog {

    private final DeskAppointmentService appointments;
    private final long caseId;
    private final boolean moving;
    private final Runnable done;
    private final TypedField<LocalDate> date;
    private final @Nullable ComboBox<FreeSlot.StaffMember> staff;
    private final FlexLayout slots = new FlexLayout();

    AppointmentDialog(
            DeskAppointmentService appointments,
            DeskCase c,
            boolean moving,
            List<FreeSlot.StaffMember> staffList,
            Runnable done) {
        this.appointments = appointments;
        this.caseId = c.id();
        this.moving = moving;
        this.done = done;
        setHeaderTitle(getTranslation(moving ? "desk.appointment.move" : "desk.appointment.book"));
        date = TypedField.date(getTranslation("desk.appointment.date")).required();
        date.setId("desk-appointment-date");
        date.setWidthFull();
        date.show(LocalDate.now(Formats.INDIA).plusDays(1));
        VerticalLayout form = new VerticalLayout(date);
        form.setPadding(false);
        if (staffList.isEmpty()) {
            staff = null;
        } else {
            staff = new ComboBox<>(getTranslation("desk.appointment.staff"), staffList);
            staff.setItemLabelGenerator(FreeSlot.StaffMember::name);
            staff.setPlaceholder(getTranslation("desk.appointment.anyStaff"));
            staff.setClearButtonVisible(true);
            staff.setId("desk-appointment-staff");
            staff.setWidthFull();
            form.add(staff);
        }
        slots.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        slots.getStyle().set("gap", "var(--lumo-space-s)");
        slots.setId("desk-appointment-slots");
        form.add(slots);
        add(form);
        action(getTranslation("desk.appointment.showTimes"), "desk-appointment-show", this::showSlots);
        // tomorrow's free times at once; a new date or staff member shows theirs
        date.addValueChangeListener(e -> showSlots());
        if (staff != null) {
            staff.addValueChangeListener(e -> showSlots());
        }
        showSlots();
        setWidth("min(100vw, 30em)");
    }

    private void showSlots() {
        slots.removeAll();
        if (!TypedField.valid(date)) {
            return;
        }
        LocalDate day = date.value();
        @Nullable StaffMember chosen = staff == null ? null : staff.getValue();
        List<FreeSlot> free = appointments.slots(caseId, day).stream()
                .filter(s -> chosen == null || s.free().stream().anyMatch(m -> m.id() == chosen.id()))
                .toList();
        if (free.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("desk.appointment.noTimes"));
            none.setId("desk-appointment-none");
            slots.add(none);
        }
        for (FreeSlot slot : free) {
            String time = Formats.digits(
                    slot.start().atZoneSameInstant(Formats.INDIA).toLocalTime().toString(), Formats.screenLocale());
            Button button = new Button(time, e -> take(slot.start(), chosen));
            button.setId("desk-slot-"
                    + slot.start()
                            .atZoneSameInstant(Formats.INDIA)
                            .toLocalTime()
                            .toString()
                            .replace(":", ""));
            slots.add(button);
        }
    }

    private void take(OffsetDateTime start, @Nullable StaffMember chosen) {
        @Nullable Long staffId = chosen == null ? null : chosen.id();
        if (Notifications.attempt(() -> {
            if (moving) {
                appointments.move(caseId, start, staffId);
            } else {
                appointments.book(caseId, start, staffId);
            }
        })) {
            Notifications.success(getTranslation(moving ? "desk.appointment.moved" : "desk.appointment.booked"));
            close();
            done.run();
        } else {
            showSlots();
        }
    }
}
