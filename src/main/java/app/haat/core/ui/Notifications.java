package app.haat.core.ui;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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

    /**
     * The translated text for a service refusal, or null if it is not one. A refusal's message is a bundle key; one
     * that is not (raw text from a library, say) is shown as the general sentence for its kind, never as it is.
     */
    public static @Nullable String describe(RuntimeException e) {
        UI ui = UI.getCurrent();
        if (e instanceof ValidationException v) {
            return v.errors().stream().map(k -> translate(ui, k)).collect(Collectors.joining(" "));
        }
        if (e instanceof ConflictException c) {
            return translate(ui, c.getMessage(), "error.conflict", c.params());
        }
        if (e instanceof NotFoundException n) {
            return translate(ui, n.getMessage(), "error.notFound", n.params());
        }
        if (e instanceof AccessDeniedException) {
            return translate(ui, e.getMessage(), "error.forbidden");
        }
        return null;
    }

    /** A validation error is a key, or a value that goes with the key before it (a ceiling, a file's line). */
    private static String translate(@Nullable UI ui, String key) {
        String text = ui == null ? key : ui.getTranslation(key);
        return text.startsWith("!") ? key : text;
    }

    private static @Nullable String translate(@Nullable UI ui, @Nullable String key, String fallback,
                                             Object... params) {
        if (ui == null) {
            return key;
        }
        String text = key == null ? "!" : ui.getTranslation(key, params);
        return text.startsWith("!") ? ui.getTranslation(fallback) : text;
    }
}
