package app.haat.core.data;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Rules for typed values that every feature shares: an empty field means no value; what an e-mail address is. */
public final class TextInput {

    /** The longest address the database stores (and the SMTP standard allows). */
    public static final int MAX_EMAIL = 254;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private TextInput() {}

    /** The value without surrounding spaces, or null when nothing (or only spaces) was typed. */
    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the (stripped) text looks like a mail address: a local part, an at sign and a dotted domain. */
    public static boolean isEmailAddress(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }
}
