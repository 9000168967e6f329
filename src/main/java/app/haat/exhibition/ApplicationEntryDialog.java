package app.haat.exhibition;

import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import java.util.function.Supplier;

/** An application typed in, by the group on its phone or by an officer from paper: both submit it the same way. */
abstract class ApplicationEntryDialog extends FormDialog {

    /** The Submit action: applies with the form its fields describe; accepted, says so, closes and refreshes. */
    protected void submitWith(
            String id,
            ApplicationService applications,
            long exhibitionId,
            Supplier<ApplicationForm> form,
            Runnable refresh) {
        action(getTranslation("stalls.submit"), id, () -> {
            if (Notifications.attempt(() -> applications.apply(exhibitionId, form.get()))) {
                Notifications.success(getTranslation("stalls.submitted"));
                close();
                refresh.run();
            }
        });
    }
}
