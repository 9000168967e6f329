package app.haat.desk;

import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;

/**
 * A centre's appointments on the staff's desk: those of the last week not yet marked kept or missed, then today's and
 * the next two weeks', each with its group, request, staff member and whether the group moved or cancelled it; each
 * opens its case (where it is moved, cancelled or marked).
 */
class DeskAppointmentsList extends VerticalLayout {

    static final int DAYS_AHEAD = 14;
    static final int DAYS_BACK = 7;

    DeskAppointmentsList(DeskAppointmentService appointments, long centreId) {
        setPadding(false);
        setId("desk-appointments");
        add(new H3(getTranslation("desk.appointments.title")));
        LocalDate today = LocalDate.now(Formats.INDIA);
        List<Appointment> shown =
                appointments.ofCentre(centreId, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD)).stream()
                        .filter(a -> a.status() == AppointmentStatus.CANCELLED
                                ? a.changedByGroup() && appointments.ahead(a)
                                : a.outcome() == null)
                        .toList();
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("desk.appointments.none"));
            none.setId("desk-appointments-none");
            add(none);
        }
        shown.forEach(a -> add(row(appointments, a)));
    }

    private Div row(DeskAppointmentService appointments, Appointment a) {
        Div card = new Div();
        card.addClassName("haat-card");
        card.setId("desk-appointment-row-" + a.id());
        Span when = new Span(Formats.dateTime(a.startsAt()) + " · " + a.groupName());
        when.getStyle().set("font-weight", "600");
        card.add(when);
        String detail = DeskTexts.type(this, a.type()) + " · " + a.staffName();
        if (a.status() == AppointmentStatus.CANCELLED) {
            detail += " · " + getTranslation("desk.appointments.calledOffByGroup");
        } else if (!appointments.ahead(a)) {
            detail += " · " + getTranslation("desk.appointments.toMark");
        } else if (a.changedByGroup()) {
            detail += " · " + getTranslation("desk.appointments.byGroup");
        }
        card.add(new Paragraph(detail));
        Anchor open = new Anchor("desk/case/" + a.caseId(), getTranslation("desk.open"));
        open.setId("desk-appointment-open-" + a.id());
        card.add(open);
        return card;
    }
}
