package app.haat.exhibition;

import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Cancels an exhibition: says what is lost and asks the reason every group will be told. */
class CancelExhibitionDialog extends FormDialog {

    CancelExhibitionDialog(Exhibition exhibition, ExhibitionCancellation cancellation, Runnable done) {
        setHeaderTitle(getTranslation("exhibition.cancel") + " · " + exhibition.title());
        Paragraph explain = new Paragraph(getTranslation("exhibition.cancel.explain"));
        TextArea reason = new TextArea(getTranslation("exhibition.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setRequired(true);
        reason.setMaxLength(ExhibitionCancellation.MAX_REASON);
        reason.setWidthFull();
        add(explain, reason);
        action(
                        getTranslation("exhibition.cancel"),
                        "cancel-exhibition-go",
                        () -> Notifications.attemptAndGet(() ->
                                        cancellation.cancel(exhibition.id(), exhibition.version(), reason.getValue()))
                                .ifPresent(told -> {
                                    Notifications.success(getTranslation("exhibition.cancel.done", told));
                                    close();
                                    done.run();
                                }))
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
}
