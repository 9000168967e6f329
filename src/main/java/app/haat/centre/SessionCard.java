package app.haat.centre;

import app.haat.centre.TrainingRecords.Session;
import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;

/**
 * A session as one tappable card (time, topic; room, trainer, seats) that opens the session; numbers in the reader's
 * digits. The calendar shows it under its day, a group's list with the date in front.
 */
class SessionCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    SessionCard(Session session, boolean bengali, boolean withDate) {
        addClassName("haat-search-hit");
        setId((withDate ? "group-session-" : "session-") + session.id());
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        var starts = session.startsAt().atZoneSameInstant(Formats.INDIA);
        String when = (withDate
                        ? getTranslation("training.day." + starts.getDayOfWeek().name()) + " "
                                + Formats.date(starts.toLocalDate()) + ", "
                        : "")
                + TIME.format(starts) + "–" + TIME.format(session.endsAt().atZoneSameInstant(Formats.INDIA));
        Div title = new Div(digits(when, bengali) + " · " + session.heading(bengali)
                + (session.cancelled() ? " · " + getTranslation("training.status.CANCELLED") : ""));
        title.addClassName("name");
        if (session.cancelled()) {
            addClassName("haat-cancelled");
        }
        Div detail = new Div(session.roomName(bengali) + " · " + session.trainerName() + " · "
                + getTranslation(
                        "training.seats",
                        digits(Formats.number(session.enrolled()), bengali),
                        digits(Formats.number(session.capacity()), bengali))
                + (session.waitlisted() > 0
                        ? " · "
                                + getTranslation(
                                        "training.waiting", digits(Formats.number(session.waitlisted()), bengali))
                        : ""));
        detail.addClassName("haat-hint");
        add(title, detail);
        addClickListener(e -> UI.getCurrent().navigate(TrainingSessionView.class, session.id()));
        getElement()
                .addEventListener("keydown", e -> UI.getCurrent().navigate(TrainingSessionView.class, session.id()))
                .setFilter("event.key === 'Enter'");
    }

    static String digits(String text, boolean bengali) {
        return bengali ? Formats.bengaliDigits(text) : text;
    }
}
