package app.haat.core.i18n;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A name with its optional Bengali form, and the one place that picks between them by the reader's language: the
 * Bengali name for a Bengali reader when there is one, the English name otherwise. Exhibition titles, venue names and
 * addresses and rooms have an optional Bengali name (topics, municipalities and categories always have both);
 * screens pick by the screen's language, mail, SMS, letters and calendar entries by the recipient's, the catalogue by
 * the page's; exports and the API keep both as they are.
 */
public record LocalizedName(String english, @Nullable String bengali) {

    public String in(boolean bengaliReader) {
        return pick(english, bengali, bengaliReader);
    }

    public String in(@Nullable Locale reader) {
        return pick(english, bengali, isBengali(reader));
    }

    public static String pick(String english, @Nullable String bengali, boolean bengaliReader) {
        return bengaliReader && bengali != null && !bengali.isBlank() ? bengali : english;
    }

    /** For names that may be missing (an address): null when neither language has one. */
    public static @Nullable String pickOptional(
            @Nullable String english, @Nullable String bengali, boolean bengaliReader) {
        return bengaliReader && bengali != null && !bengali.isBlank() ? bengali : english;
    }

    /** Whether the current screen is in Bengali (false outside a screen). */
    public static boolean bengaliScreen() {
        return isBengali(Formats.screenLocale());
    }

    public static boolean isBengali(@Nullable Locale reader) {
        return reader != null && "bn".equals(reader.getLanguage());
    }
}
