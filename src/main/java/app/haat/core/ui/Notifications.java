package app.haat.core.ui;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** Short messages after an action, translated; service refusals become a readable error, never a stack trace. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs an action; a refusal from a service is shown as a translated error. Answers whether it succeeded. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            String message = describe(e);
            if (message == null) {
                throw e;
            }
            error(message);
            return false;
        }
    }

    /** The translated text for a service refusal, or null if it is not one. */
    public static String describe(RuntimeException e) {
        UI ui = UI.getCurrent();
        if (e instanceof ValidationException v) {
            return v.errors().stream().map(k -> translate(ui, k)).collect(Collectors.joining(" "));
        }
        if (e instanceof ConflictException c && ui != null && c.params().length > 0) {
            return ui.getTranslation(c.getMessage(), c.params());
        }
        if (e instanceof ConflictException) {
            return translate(ui, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return translate(ui, e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return translate(ui, "error.forbidden");
        }
        return null;
    }

    private static String translate(UI ui, String key) {
        String text = ui == null ? key : ui.getTranslation(key);
        return text.startsWith("!") ? key : text;
    }
}
