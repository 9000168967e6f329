package app.haat.group;

import app.haat.core.data.TextInput;
import app.haat.core.i18n.Formats;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identity and contact formats a group gives, validated exactly: mobile number, PAN, GSTIN (with its mod-36
 * check character), IFSC and PIN code; and the numbers a centre's case obtains: Udyam, FSSAI, GST enrolment (a UPI ID: {@link UpiIds}). Pure functions; used by the registry's forms, import and API alike.
 */
public final class IndianFormats {

    private static final Pattern PAN = Pattern.compile("[A-Z]{5}\\d{4}[A-Z]");
    private static final Pattern GSTIN_SHAPE = Pattern.compile("\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Pattern PIN = Pattern.compile("[1-9]\\d{5}");
    private static final Pattern UDYAM = Pattern.compile("UDYAM-([A-Z]{2})-\\d{2}-\\d{7}");
    /** The two-letter codes of the states and union territories that Udyam numbers carry. */
    private static final java.util.Set<String> STATE_LETTERS = java.util.Set.of(
            "AN", "AP", "AR", "AS", "BR", "CH", "CG", "CT", "DD", "DN", "DL", "GA", "GJ", "HR", "HP", "JK", "JH", "KA",
            "KL", "LA", "LD", "MP", "MH", "MN", "ML", "MZ", "NL", "OD", "OR", "PY", "PB", "RJ", "SK", "TN", "TS", "TG",
            "TR", "UP", "UK", "UT", "WB");

    private static final Pattern FSSAI = Pattern.compile("\\d{14}");
    private static final Pattern GST_ENROLMENT = Pattern.compile("[A-Z0-9][A-Z0-9/-]{5,29}");
    private static final String GSTIN_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public static final String WEST_BENGAL_STATE_CODE = "19";

    private IndianFormats() {}

    /** A mobile number as {@link TextInput#indianMobile} reads it (Latin or Bengali digits, +91 or 0 in front). */
    public static Optional<String> mobile(@Nullable String input) {
        return TextInput.indianMobile(input);
    }

    public static Optional<String> pan(String input) {
        String value = normalise(input);
        return PAN.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    public static Optional<String> ifsc(String input) {
        String value = normalise(input);
        return IFSC.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /** West Bengal PIN codes start with 7. */
    public static Optional<String> westBengalPin(String input) {
        String value = normalise(input);
        return PIN.matcher(value).matches() && value.startsWith("7") ? Optional.of(value) : Optional.empty();
    }

    /** A Udyam registration number, {@code UDYAM-XX-00-0000000}: a state's letters, two digits, seven digits. */
    public static Optional<String> udyam(String input) {
        String value = normalise(Formats.latinDigits(input == null ? "" : input));
        var match = UDYAM.matcher(value);
        return match.matches() && STATE_LETTERS.contains(match.group(1)) ? Optional.of(value) : Optional.empty();
    }

    /** An FSSAI registration number: 14 digits (Latin or Bengali). */
    public static Optional<String> fssai(String input) {
        String value = normalise(Formats.latinDigits(input == null ? "" : input));
        return FSSAI.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /**
     * A GST enrolment number (Notification 34/2023–Central Tax): no published format, so only its length (6 to 30)
     * and characters (letters, digits, {@code /} and {@code -}) are checked; kept as typed, in capitals.
     */
    public static Optional<String> gstEnrolment(String input) {
        String value = normalise(Formats.latinDigits(input == null ? "" : input));
        return GST_ENROLMENT.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /** The result of checking a GSTIN: valid or not, and whether it belongs to another state than West Bengal. */
    public record GstinCheck(
            String value,
            boolean valid,
            boolean otherState,
            @Nullable String problem) {}

    public static GstinCheck gstin(String input) {
        String value = normalise(input);
        if (!GSTIN_SHAPE.matcher(value).matches()) {
            return new GstinCheck(value, false, false, "shape");
        }
        if (!PAN.matcher(value.substring(2, 12)).matches()) {
            return new GstinCheck(value, false, false, "pan");
        }
        if (gstinCheckCharacter(value.substring(0, 14)) != value.charAt(14)) {
            return new GstinCheck(value, false, false, "checksum");
        }
        return new GstinCheck(value, true, !value.startsWith(WEST_BENGAL_STATE_CODE), null);
    }

    /** The published GSTIN checksum: base-36 digits weighted 1, 2, 1, 2…, each product folded as (p / 36 + p % 36). */
    public static char gstinCheckCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < first14.length(); i++) {
            int digit = GSTIN_ALPHABET.indexOf(first14.charAt(i));
            int product = digit * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return GSTIN_ALPHABET.charAt((36 - sum % 36) % 36);
    }

    private static String normalise(String input) {
        return input == null ? "" : input.strip().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
