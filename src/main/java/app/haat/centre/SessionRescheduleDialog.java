package app.haat.centre;

import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionChange;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Staff move a session: a new day, start, length, room or trainer; the service checks it as a booking (hours, closed
 * days, the trainer's days away, the room's and trainer's other sessions) and tells the members.
 */
class SessionRescheduleDialog extends FormDialog {

    SessionRescheduleDialog(SessionChangeService changes, CentreSetupService setup, Session session, Runnable done) {
        setHeaderTitle(getTranslation("training.rescheduleTitle"));
        setWidth("min(560px, 96vw)");
        ZonedDateTime starts = session.startsAt().atZoneSameInstant(Formats.INDIA);
        TypedField<LocalDate> day = TypedField.date(getTranslation("training.newDay"))
                .required()
                .range(LocalDate.now(Formats.INDIA), null)
                .show(starts.toLocalDate());
        day.setId("move-day");
        TypedField<LocalTime> time =
                TypedField.time(getTranslation("training.time")).required().show(starts.toLocalTime());
        time.setId("move-time");
        TypedField<Integer> minutes = TypedField.wholeNumber(getTranslation("training.minutes"))
                .required()
                .range(TrainingScheduleService.MIN_MINUTES, TrainingScheduleService.MAX_MINUTES)
                .show((int)
                        Duration.between(session.startsAt(), session.endsAt()).toMinutes());
        minutes.setId("move-minutes");
        Select<Room> room = roomChoice(setup, session);
        Select<Trainer> trainer = trainerChoice(setup, session);
        Checkbox following = SessionDialogs.following(changes, session, "move-following");
        FormLayout form = new FormLayout(day, time, minutes, room, trainer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        if (following.isVisible()) {
            add(following);
        }
        action(getTranslation("training.rescheduleAction"), "move-save", () -> {
            if (!TypedField.valid(day, time, minutes) || room.isEmpty() || trainer.isEmpty()) {
                return;
            }
            SessionChange change = new SessionChange(
                    null,
                    null,
                    null,
                    null,
                    day.value(),
                    time.value(),
                    minutes.value(),
                    room.getValue().id(),
                    trainer.getValue().id(),
                    following.getValue(),
                    session.version());
            if (Notifications.attempt(() -> changes.change(session.id(), change))) {
                close();
                Notifications.success(getTranslation("training.changed"));
                done.run();
            }
        });
    }

    /** The bookable rooms, the session's own chosen. */
    private Select<Room> roomChoice(CentreSetupService setup, Session session) {
        Select<Room> room = new Select<>();
        room.setLabel(getTranslation("training.room"));
        room.setItems(setup.rooms());
        room.setItemLabelGenerator(r ->
                r == null ? "" : r.name(LocalizedName.bengaliScreen()) + " (" + Formats.number(r.capacity()) + ")");
        setup.rooms().stream()
                .filter(r -> r.id() == session.roomId())
                .findFirst()
                .ifPresent(room::setValue);
        room.setId("move-room");
        return room;
    }

    /** The trainers still working, the session's own chosen. */
    private Select<Trainer> trainerChoice(CentreSetupService setup, Session session) {
        Select<Trainer> trainer = new Select<>();
        trainer.setLabel(getTranslation("training.trainer"));
        trainer.setItems(setup.trainers());
        trainer.setItemLabelGenerator(t -> t == null ? "" : t.name());
        setup.trainers().stream()
                .filter(t -> t.id() == session.trainerId())
                .findFirst()
                .ifPresent(trainer::setValue);
        trainer.setId("move-trainer");
        return trainer;
    }
}
