package app.haat.core.i18n;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dates as dd/MM/yyyy and numbers with Indian digit grouping (1,00,000), the way people here write them, in the
 * reader's digits: Bengali ones (১,০০,০০০) for a Bengali reader, Latin ones otherwise (see "Digits" in
 * docs/ARCHITECTURE.md). Without a locale the reader is the current screen's (Latin outside a screen: API, exports);
 * what is written for someone else (mail, SMS, PDFs) names that reader's locale.
 */
public final class Formats {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {}

    /** A date for the current screen's reader. */
    public static String date(@Nullable LocalDate date) {
        return date(date, screenLocale());
    }

    public static String date(@Nullable LocalDate date, @Nullable Locale reader) {
        return date == null ? "" : digits(DATE.format(date), reader);
    }

    /** A date and time (India's clock, 24 hours) for the current screen's reader. */
    public static String dateTime(@Nullable OffsetDateTime time) {
        return dateTime(time, screenLocale());
    }

    public static String dateTime(@Nullable OffsetDateTime time, @Nullable Locale reader) {
        return time == null ? "" : digits(DATE_TIME.format(time.atZoneSameInstant(INDIA)), reader);
    }

    /** A number with Indian grouping for the current screen's reader. */
    public static String number(long value) {
        return number(value, screenLocale());
    }

    /** Groups the last three digits, then every two: 1234567 becomes 12,34,567 (১২,৩৪,৫৬৭ for a Bengali reader). */
    public static String number(long value, @Nullable Locale reader) {
        return digits(grouped(value), reader);
    }

    /** The text in the reader's digits: Bengali for a Bengali reader, as it is (Latin) for anyone else. */
    public static String digits(String text, @Nullable Locale reader) {
        return isBengali(reader) ? bengaliDigits(text) : text;
    }

    /** The current screen's language, or null outside a screen (then numbers keep Latin digits). */
    public static @Nullable Locale screenLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }

    private static boolean isBengali(@Nullable Locale reader) {
        return reader != null && "bn".equals(reader.getLanguage());
    }

    private static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            out.append(digits.charAt(i));
            int remaining = length - i - 1;
            if (remaining > 0 && (remaining == 3 || (remaining > 3 && (remaining - 3) % 2 == 0))) {
                out.append(',');
            }
        }
        return value < 0 ? "-" + out : out.toString();
    }

    /** The text with Bengali digits (০-৯) turned into Latin ones, so every number field takes both styles. */
    public static String latinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '\u09E6' && c <= '\u09EF' ? '0' + (c - '\u09E6') : c));
        return out.toString();
    }

    /** The text with Latin digits written as Bengali ones (০-৯), for what a group reads in Bengali. */
    public static String bengaliDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '0' && c <= '9' ? '\u09E6' + (c - '0') : c));
        return out.toString();
    }

    /** A whole number typed in Latin or Bengali digits (surrounding spaces allowed), or empty if it is not one. */
    public static java.util.OptionalInt wholeNumber(String text) {
        String digits = latinDigits(text == null ? "" : text.strip());
        if (!digits.matches("[0-9]{1,9}")) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(Integer.parseInt(digits));
    }
}
