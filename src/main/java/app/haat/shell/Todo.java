package app.haat.shell;

import app.haat.core.i18n.LocalizedName;
import java.util.List;

/**
 * One thing the signed-in person should see to today: a bundle key, its values (texts, numbers, dates and times,
 * {@link LocalizedName}s in both languages, shown in the reader's language and digits), and where one tap takes them.
 */
public record Todo(String key, List<Object> values, String route) {

    public Todo {
        values = List.copyOf(values);
    }
}
