package app.haat.core.ui;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Short messages after an action, translated; service refusals become a readable error, never a stack trace. */
public final class Notifications {

    private Notifications() {}

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
        return attemptAndGet(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /**
     * Runs an action that answers a value (the id of what it created, a count; never null) and answers that value; a
     * refusal from a service is shown as a translated error, as with {@link #attempt(Runnable)}, and the answer is
     * then empty.
     */
    public static <T> Optional<T> attemptAndGet(Supplier<T> action) {
        return attempt(action, Notifications::error);
    }

    /**
     * Runs an action; a refusal from a service is written into the form's own error line (which keeps the dialog or
     * page as it is, with the reason beside the fields) instead of a notification. Answers whether it succeeded.
     */
    public static boolean attemptShowingIn(HasText errors, Runnable action) {
        return attempt(
                        () -> {
                            action.run();
                            return Boolean.TRUE;
                        },
                        errors::setText)
                .isPresent();
    }

    private static <T> Optional<T> attempt(Supplier<T> action, Consumer<String> showRefusal) {
        T value;
        try {
            value = action.get();
        } catch (RuntimeException e) {
            String message = describe(e);
            if (message == null) {
                throw e;
            }
            showRefusal.accept(message);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * The translated text for a service refusal, or null if it is not one. A refusal's message is a bundle key; one
     * that is not (raw text from a library, say) is shown as the general sentence for its kind, never as it is.
     */
    public static @Nullable String describe(RuntimeException e) {
        UI ui = UI.getCurrent();
        if (e instanceof ValidationException v) {
            List<String> texts = new ArrayList<>();
            for (String key : v.errors()) {
                texts.add(texts.isEmpty() ? translate(ui, key, v.params()) : translate(ui, key));
            }
            return String.join(" ", texts);
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
    private static String translate(@Nullable UI ui, String key, Object... params) {
        String text = ui == null ? key : ui.getTranslation(key, params);
        return text.startsWith("!") ? key : text;
    }

    private static @Nullable String translate(
            @Nullable UI ui, @Nullable String key, String fallback, Object... params) {
        if (ui == null) {
            return key;
        }
        String text = key == null ? "!" : ui.getTranslation(key, params);
        return text.startsWith("!") ? ui.getTranslation(fallback) : text;
    }
}
