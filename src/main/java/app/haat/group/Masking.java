package app.haat.group;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Personal data in lists, exports and audit entries is shown masked: stars, then the last four characters. The full
 * value only where the viewer may see it.
 */
final class Masking {

    private Masking() {}

    /**
     * 9830012345 becomes ******2345; a value of four characters or fewer becomes **** (nothing of it shows); null
     * stays null. For PAN and bank account numbers in audit entries.
     */
    static @Nullable String lastFour(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= 4 ? "****" : "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }

    /**
     * A mobile number in the registry grid and its export: as {@link #lastFour}, and empty when there is none (a
     * deleted group). Stored numbers always have ten digits (every path normalises them), so the short-value case of
     * {@link #lastFour} never applies to them.
     */
    static String phone(@Nullable String phone) {
        return phone == null ? "" : Objects.requireNonNull(lastFour(phone));
    }
}
