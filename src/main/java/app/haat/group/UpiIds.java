package app.haat.group;

import app.haat.core.data.TextInput;
import app.haat.core.i18n.Formats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A group's UPI ID ({@code handle@psp}, the virtual payment address buyers pay) and the payment link its stall card's
 * QR code holds. Stored lower-case: UPI IDs are case-blind, and one spelling keeps the QR code and the audit log
 * steady. Bengali digits typed on a phone's Bengali keyboard (a mobile-number handle) are read as Latin digits; any
 * other character outside ASCII is refused, as are spaces and a second {@code @}.
 */
final class UpiIds {

    static final int MAX_HANDLE = 64;
    static final int MAX_PSP = 32;
    /** The field's limit: a handle, the at sign and a PSP. */
    static final int MAX_LENGTH = MAX_HANDLE + 1 + MAX_PSP;

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (MAX_HANDLE - 1) + "}");
    private static final Pattern PSP = Pattern.compile("[a-z][a-z0-9]{1," + (MAX_PSP - 1) + "}");

    private UpiIds() {}

    /** The UPI ID as stored (null when blank: the ID is removed), or the bundle key of what is wrong with it. */
    record Checked(@Nullable String value, Optional<String> error) {}

    static Checked check(@Nullable String raw) {
        String typed = TextInput.blankToNull(raw);
        if (typed == null) {
            return new Checked(null, Optional.empty());
        }
        String id = Formats.latinDigits(typed).toLowerCase(Locale.ROOT);
        if (id.chars().anyMatch(Character::isWhitespace)) {
            return refused("group.error.upiSpaces");
        }
        if (id.chars().anyMatch(c -> c > 0x7E || c < 0x20)) {
            return refused("group.error.upiAscii");
        }
        int at = id.indexOf('@');
        if (at < 0 || at != id.lastIndexOf('@')) {
            return refused("group.error.upiAt");
        }
        if (id.length() > MAX_LENGTH) {
            return refused("group.error.upiLong");
        }
        if (!HANDLE.matcher(id.substring(0, at)).matches()) {
            return refused("group.error.upiHandle");
        }
        if (!PSP.matcher(id.substring(at + 1)).matches()) {
            return refused("group.error.upiPsp");
        }
        return new Checked(id, Optional.empty());
    }

    private static Checked refused(String key) {
        return new Checked(null, Optional.of(key));
    }

    /**
     * The payment link a UPI app opens from the QR code: the payee's address, its name (percent-encoded as UTF-8, a
     * space as {@code %20}) and the currency.
     */
    static String paymentLink(String upiId, String payeeName) {
        return "upi://pay?pa=" + upiId + "&pn=" + encode(payeeName) + "&cu=INR";
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
