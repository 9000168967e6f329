package app.haat.centre;

import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Staff mark a trainer's days away, the first and the last (typed in either digits); the sessions already booked
 * with the trainer on those days are listed, each a link to its page to move or call it off. Booking and moving refuse those days from now on.
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
                        if (clashes.isEmpty()) {
                            Notifications.success(getTranslation("training.awayMarked"));
                        } else {
                            clashList(clashes).open();
                        }
                        done.run();
                    });
        });
    }

    /** The sessions booked with the trainer on the days away, each a link to its page to move or call it off. */
    private Dialog clashList(List<Session> clashes) {
        Dialog list = new Dialog(getTranslation("training.daysAway"));
        list.setWidth("min(520px, 96vw)");
        list.setId("away-clashes");
        boolean bengali = "bn".equals(getLocale().getLanguage());
        UnorderedList sessions = new UnorderedList();
        for (Session session : clashes) {
            var starts = session.startsAt().atZoneSameInstant(Formats.INDIA);
            Anchor link = new Anchor(
                    "training/" + session.id(),
                    Formats.date(starts.toLocalDate()) + " " + Formats.digits(TIME.format(starts), getLocale()) + " "
                            + session.heading(bengali));
            link.setId("away-clash-" + session.id());
            sessions.add(new ListItem(link));
        }
        list.add(new Paragraph(getTranslation("training.awayClashes", Formats.number(clashes.size()))), sessions);
        Button ok = new Button(getTranslation("action.close"), e -> list.close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("away-clashes-close");
        list.getFooter().add(ok);
        return list;
    }
}
