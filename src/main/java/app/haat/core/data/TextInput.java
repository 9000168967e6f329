package app.haat.core.data;

import app.haat.core.i18n.Formats;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Rules for typed values that every feature shares: an empty field means no value; what an e-mail address is. */
public final class TextInput {

    /** The longest address the database stores (and the SMTP standard allows). */
    public static final int MAX_EMAIL = 254;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern MOBILE = Pattern.compile("[6-9]\\d{9}");

    private TextInput() {}

    /** The value without surrounding spaces, or null when nothing (or only spaces) was typed. */
    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the (stripped) text looks like a mail address: a local part, an at sign and a dotted domain. */
    public static boolean isEmailAddress(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    /**
     * An Indian mobile number: 10 digits starting 6-9, in Latin or Bengali digits, written with or without +91, 91 or
     * 0 in front and with spaces or dashes; answers the 10 Latin digits, or empty if it is not one.
     */
    public static Optional<String> indianMobile(@Nullable String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = Formats.latinDigits(input.strip()).replaceAll("[\\s-]", "");
        if (digits.startsWith("+91")) {
            digits = digits.substring(3);
        } else if (digits.length() == 12 && digits.startsWith("91")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
