package app.haat.centre;

import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Staff mark a trainer's days away, the first and the last (typed in either digits); the sessions already booked
 * with the trainer on those days are listed, to move or call off. Booking and moving refuse those days from now on.
 */
class DaysAwayDialog extends FormDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    DaysAwayDialog(TrainerAvailabilityService availability, Trainer trainer, Runnable done) {
        setHeaderTitle(getTranslation("training.daysAway") + ": " + trainer.name());
        setWidth("min(520px, 96vw)");
        TypedField<LocalDate> from = TypedField.date(getTranslation("training.awayFrom"))
                .required()
                .range(LocalDate.now(Formats.INDIA), null);
        from.setId("away-from");
        TypedField<LocalDate> to =
                TypedField.date(getTranslation("training.awayTo")).required().range(LocalDate.now(Formats.INDIA), null);
        to.setId("away-to");
        FormLayout form = new FormLayout(from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 2));
        add(form);
        action(getTranslation("training.markAway"), "away-save", () -> {
            if (!TypedField.valid(from, to)) {
                return;
            }
            Notifications.attemptAndGet(() -> availability.markAway(trainer.id(), from.value(), to.value()))
                    .ifPresent(clashes -> {
                        close();
                        Notifications.success(
                                clashes.isEmpty()
                                        ? getTranslation("training.awayMarked")
                                        : getTranslation("training.awayClashes", describe(clashes)));
                        done.run();
                    });
        });
    }

    /** The clashing sessions: date, time and topic each. */
    private String describe(List<Session> clashes) {
        boolean bengali = "bn".equals(getLocale().getLanguage());
        return String.join(
                "; ",
                clashes.stream()
                        .map(s -> {
                            var starts = s.startsAt().atZoneSameInstant(Formats.INDIA);
                            return Formats.date(starts.toLocalDate()) + " "
                                    + Formats.digits(TIME.format(starts), getLocale()) + " " + s.heading(bengali);
                        })
                        .toList());
    }
}
