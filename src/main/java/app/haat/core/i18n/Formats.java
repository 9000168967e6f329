package app.haat.core.i18n;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as dd/MM/yyyy and numbers with Indian digit grouping (1,00,000), the way people here write them. */
public final class Formats {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(INDIA));
    }

    /** Groups the last three digits, then every two: 1234567 becomes 12,34,567. */
    public static String number(long value) {
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
