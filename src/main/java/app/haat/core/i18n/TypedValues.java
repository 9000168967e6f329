package app.haat.core.i18n;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one place that reads numbers, dates and times as people type them, in Latin or Bengali digits (০-৯): whole
 * numbers and rupees (with ₹ and Indian grouping commas), dates as dd/MM/yyyy (also d/M/yy, with - or . between),
 * times on the 24-hour clock or with AM/PM (পূর্বাহ্ণ/অপরাহ্ণ). A value that cannot be read is refused with the real
 * reason as a bundle key; a blank text is no value (whether one is required is the field's or the service's rule).
 * The matching writers answer the reader's digits: Bengali in the Bengali interface, Latin in English.
 */
public final class TypedValues {

    /** What was typed, read: a value, nothing (blank), or a refusal with its bundle key. */
    public record Parsed<T>(@Nullable T value, @Nullable String refusal) {

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> blank() {
            return new Parsed<>(null, null);
        }

        static <T> Parsed<T> refused(String key) {
            return new Parsed<>(null, key);
        }

        public boolean isBlank() {
            return value == null && refusal == null;
        }

        public boolean isRefused() {
            return refusal != null;
        }
    }

    public static final String NOT_A_NUMBER = "typed.error.number";
    public static final String NEGATIVE = "typed.error.negative";
    public static final String TOO_LARGE = "typed.error.tooLarge";
    public static final String NOT_RUPEES = "typed.error.money";
    public static final String PAISE = "typed.error.paise";
    public static final String NOT_A_DATE = "typed.error.date";
    public static final String NO_SUCH_DAY = "typed.error.noSuchDay";
    public static final String NOT_A_TIME = "typed.error.time";
    public static final String NO_SUCH_TIME = "typed.error.noSuchTime";

    /** Larger than any count or amount the portal keeps (a day's sales, seats, weights); below int's range. */
    public static final long LARGEST = 999_999_999L;

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{2,3})*|\\d+");
    private static final Pattern DECIMAL = Pattern.compile("(\\d+)(?:\\.(\\d+))?");
    private static final Pattern RUPEES =
            Pattern.compile("(?:₹|rs\\.?|inr|টাকা)?\\s*([\\d,]+)(?:\\.(\\d{1,2}))?\\s*(?:/-|টাকা)?");
    private static final Pattern DATE =
            Pattern.compile("(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{2}|\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:\\s*[:.\\s]\\s*(\\d{2}))?|(\\d{1,2})(\\d{2})");
    private static final Pattern AM = Pattern.compile("(?:a\\.?\\s?m\\.?|পূর্বাহ্ণ|পূর্বাহ্ন|পূর্বাহ্‌ণ)$");
    private static final Pattern PM = Pattern.compile("(?:p\\.?\\s?m\\.?|অপরাহ্ণ|অপরাহ্ন|অপরাহ্‌ণ)$");

    private TypedValues() {}

    /** A whole number of 0 or more: "12", "১২", "1,200", "১,০০,০০০". */
    public static Parsed<Long> wholeNumber(@Nullable String typed) {
        String text = plain(typed);
        if (text.isEmpty()) {
            return Parsed.blank();
        }
        if (text.startsWith("-") && text.length() > 1) {
            return Parsed.refused(NEGATIVE);
        }
        if (!GROUPED.matcher(text).matches()) {
            return Parsed.refused(NOT_A_NUMBER);
        }
        return bounded(text.replace(",", ""));
    }

    /** Rupees, whole: "2500", "₹2,500", "২,৫০০ টাকা", "Rs. 1,00,000", "2500.00"; paise other than 00 are refused. */
    public static Parsed<Long> rupees(@Nullable String typed) {
        String text = plain(typed).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Parsed.blank();
        }
        if (text.contains("-") && !text.endsWith("/-")) {
            return Parsed.refused(NEGATIVE);
        }
        Matcher m = RUPEES.matcher(text);
        if (!m.matches() || !GROUPED.matcher(m.group(1)).matches()) {
            return Parsed.refused(NOT_RUPEES);
        }
        if (m.group(2) != null && Integer.parseInt(m.group(2)) != 0) {
            return Parsed.refused(PAISE);
        }
        return bounded(m.group(1).replace(",", ""));
    }

    /** A number with a fraction, 0 or more: "2.5", "২.৫", "3"; a comma is refused (is "1,5" one and a half?). */
    public static Parsed<BigDecimal> decimal(@Nullable String typed) {
        String text = plain(typed);
        if (text.isEmpty()) {
            return Parsed.blank();
        }
        if (text.startsWith("-") && text.length() > 1) {
            return Parsed.refused(NEGATIVE);
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches()) {
            return Parsed.refused(NOT_A_NUMBER);
        }
        if (m.group(1).length() > 9) {
            return Parsed.refused(TOO_LARGE);
        }
        return Parsed.of(new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2))));
    }

    /** A date as dd/MM/yyyy ("15/12/2026", "১৫/১২/২০২৬", "5-1-26", "05.01.2026") or yyyy-MM-dd. */
    public static Parsed<LocalDate> date(@Nullable String typed) {
        String text = plain(typed);
        if (text.isEmpty()) {
            return Parsed.blank();
        }
        int day;
        int month;
        int year;
        Matcher m = DATE.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        if (m.matches()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(3));
            year = Integer.parseInt(m.group(4));
            if (m.group(4).length() == 2) {
                year += 2000;
            }
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            return Parsed.refused(NOT_A_DATE);
        }
        try {
            return Parsed.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Parsed.refused(NO_SUCH_DAY);
        }
    }

    /**
     * A time of day: "14:00", "১৪:০০", "14.00", "1400", "9", "2:00 PM", "২:০০ অপরাহ্ণ", "10 পূর্বাহ্ণ". Without AM/PM
     * the 24-hour clock; with it, hours 1 to 12.
     */
    public static Parsed<LocalTime> time(@Nullable String typed) {
        String text = plain(typed).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Parsed.blank();
        }
        Boolean afternoon = null;
        Matcher am = AM.matcher(text);
        Matcher pm = PM.matcher(text);
        if (am.find()) {
            afternoon = false;
            text = text.substring(0, am.start()).strip();
        } else if (pm.find()) {
            afternoon = true;
            text = text.substring(0, pm.start()).strip();
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Parsed.refused(NOT_A_TIME);
        }
        int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        String minutes = m.group(1) != null ? m.group(2) : m.group(4);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (afternoon != null) {
            if (hour < 1 || hour > 12) {
                return Parsed.refused(NO_SUCH_TIME);
            }
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Parsed.refused(NO_SUCH_TIME);
        }
        return Parsed.of(LocalTime.of(hour, minute));
    }

    /** A date as the reader writes it: 15/12/2026, or ১৫/১২/২০২৬ in Bengali. */
    public static String date(LocalDate date, boolean bengali) {
        return digits(Formats.date(date, Locale.ROOT), bengali);
    }

    /** A time on the 24-hour clock: 14:30, or ১৪:৩০ in Bengali. */
    public static String time(LocalTime time, boolean bengali) {
        return digits(String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()), bengali);
    }

    /** A whole number with Indian grouping: 1,00,000, or ১,০০,০০০ in Bengali. */
    public static String number(long value, boolean bengali) {
        return digits(Formats.number(value, Locale.ROOT), bengali);
    }

    /** A decimal number as typed back: 2.5, or ২.৫ in Bengali. */
    public static String decimal(BigDecimal value, boolean bengali) {
        return digits(value.stripTrailingZeros().toPlainString(), bengali);
    }

    /** The text in the reader's digits: Bengali ones for a Bengali reader, else as it is (Latin). */
    public static String digits(String text, boolean bengali) {
        return bengali ? Formats.bengaliDigits(text) : text;
    }

    private static Parsed<Long> bounded(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > 9) {
            return Parsed.refused(TOO_LARGE);
        }
        long value = Long.parseLong(significant);
        return value > LARGEST ? Parsed.refused(TOO_LARGE) : Parsed.of(value);
    }

    /** Latin digits, no surrounding or doubled spaces, Unicode minus signs and full stops folded. */
    private static String plain(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        return Formats.latinDigits(typed)
                .replace('\u2212', '-')
                .replace('\u2013', '-')
                .replaceAll("[\\s\u00A0]+", " ")
                .strip();
    }
}
