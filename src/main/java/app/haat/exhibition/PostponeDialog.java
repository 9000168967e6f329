package app.haat.exhibition;

import app.haat.core.i18n.LocalizedName;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;

/** Moves an exhibition's dates: the new first and last day, typed in either digits, and what moving does. */
class PostponeDialog extends FormDialog {

    PostponeDialog(Exhibition exhibition, ExhibitionPostponement postponement, Runnable done) {
        setHeaderTitle(getTranslation("exhibition.postpone") + " · " + exhibition.title(LocalizedName.bengaliScreen()));
        TypedField<LocalDate> starts = TypedField.date(getTranslation("exhibition.postpone.startsOn"))
                .required()
                .show(exhibition.startsOn());
        starts.setId("postpone-starts");
        TypedField<LocalDate> ends = TypedField.date(getTranslation("exhibition.postpone.endsOn"))
                .required()
                .show(exhibition.endsOn());
        ends.setId("postpone-ends");
        add(new Paragraph(getTranslation("exhibition.postpone.explain")), starts, ends);
        action(getTranslation("exhibition.postpone"), "postpone-go", () -> {
            if (!TypedField.valid(starts, ends)) {
                return;
            }
            Notifications.attemptAndGet(() ->
                            postponement.postpone(exhibition.id(), exhibition.version(), starts.value(), ends.value()))
                    .ifPresent(result -> {
                        Notifications.success(getTranslation(
                                "exhibition.postpone.done",
                                result.slotsAfter(),
                                result.slotsBefore(),
                                result.displaced().size()));
                        close();
                        done.run();
                    });
        });
    }
}
