package app.haat.centre;

import app.haat.centre.TrainingRecords.Session;
import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Staff call off a session with a reason, after reading what is lost: the members enrolled and waiting lose their
 * places (they are told, their calendars drop it), and a cancelled session is not restored.
 */
class SessionCancelDialog extends FormDialog {

    SessionCancelDialog(SessionChangeService changes, Session session, Runnable done) {
        setHeaderTitle(getTranslation("training.cancelSessionTitle"));
        setWidth("min(520px, 96vw)");
        Paragraph lost = new Paragraph(getTranslation(
                "training.cancelWhatIsLost", Formats.number(session.enrolled()), Formats.number(session.waitlisted())));
        lost.setId("cancel-what-is-lost");
        TextField reason = new TextField(getTranslation("training.cancelReason"));
        reason.setMaxLength(SessionChangeService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("cancel-reason");
        Checkbox following = SessionDialogs.following(changes, session, "cancel-following");
        add(lost, reason);
        if (following.isVisible()) {
            add(following);
        }
        action(getTranslation("training.session.cancel"), "cancel-session-confirm", () -> {
                    if (Notifications.attempt(() ->
                            changes.cancel(session.id(), reason.getValue(), following.getValue(), session.version()))) {
                        close();
                        Notifications.success(getTranslation("training.sessionCancelled"));
                        done.run();
                    }
                })
                .addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
    }
}
