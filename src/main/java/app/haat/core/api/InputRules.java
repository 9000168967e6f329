package app.haat.core.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules every service applies to what people type and clients send, in one place so that no field forgets them:
 * one-line texts (names, titles, codes) hold no control characters at all, multi-line texts (descriptions, notes,
 * reasons) only line breaks and tabs; dates lie in years the portal can mean; lists hold no nulls.
 */
public final class InputRules {

    /** The refusal for a one-line text with a line break, tab, NUL or another invisible control character. */
    public static final String SINGLE_LINE = "input.error.singleLine";
    /** The refusal for a multi-line text with NUL or another invisible control character. */
    public static final String CONTROL_CHARACTERS = "input.error.controlCharacters";
    /** No date before this year or after {@link #LAST_YEAR} means anything here (and every database can store it). */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    private InputRules() {}

    /** Whether the text (null counts as fine: callers check presence) is one line without control characters. */
    public static boolean isSingleLine(@Nullable String text) {
        return text == null || text.chars().noneMatch(c -> isControl(c) || c == '\u2028' || c == '\u2029');
    }

    /** Whether the text has no control characters except line breaks and tabs. */
    public static boolean isMultiLine(@Nullable String text) {
        return text == null || text.chars().noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && isControl(c));
    }

    /**
     * Adds the refusal to the errors if an optional text (a Bengali name beside the required English one) is longer
     * than allowed once its surrounding spaces are gone; blank or missing is fine.
     */
    public static void checkOptionalLength(List<String> errors, @Nullable String text, int max, String refusal) {
        if (text != null && text.strip().length() > max) {
            errors.add(refusal);
        }
    }

    /** Adds {@link #SINGLE_LINE} to the errors (once) if any of the texts is not a clean single line. */
    public static void checkSingleLine(List<String> errors, @Nullable String... texts) {
        for (String text : texts) {
            if (!isSingleLine(text) && !errors.contains(SINGLE_LINE)) {
                errors.add(SINGLE_LINE);
            }
        }
    }

    /** Adds {@link #CONTROL_CHARACTERS} to the errors (once) if any of the texts holds a control character. */
    public static void checkMultiLine(List<String> errors, @Nullable String... texts) {
        for (String text : texts) {
            if (!isMultiLine(text) && !errors.contains(CONTROL_CHARACTERS)) {
                errors.add(CONTROL_CHARACTERS);
            }
        }
    }

    /** Refuses a one-line text on its own, for methods that take a single value. */
    public static void requireSingleLine(@Nullable String... texts) {
        for (String text : texts) {
            if (!isSingleLine(text)) {
                throw new ValidationException(SINGLE_LINE);
            }
        }
    }

    /** Refuses a multi-line text with control characters on its own. */
    public static void requireMultiLine(@Nullable String... texts) {
        for (String text : texts) {
            if (!isMultiLine(text)) {
                throw new ValidationException(CONTROL_CHARACTERS);
            }
        }
    }

    /** Whether the date is in a year the portal can mean (so that date arithmetic and the database never overflow). */
    public static boolean isPlausible(LocalDate date) {
        return date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Whether a list from a client is present and holds no null element. */
    public static boolean hasNoNulls(Collection<?> values) {
        return values != null && values.stream().noneMatch(Objects::isNull);
    }

    /** C0 and C1 controls, DEL, and the invisible bidirectional overrides and isolates (text that reads backwards). */
    private static boolean isControl(int c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
