package app.haat.sales;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A day's sales as given: the total, and how much of it came in cash and by UPI, each optional. A total alone is kept
 * as it is; cash and UPI without a total make the total; all three must add up; a total with one part makes the other
 * part the rest. Every part and the total are within the ceiling and never negative.
 */
public record SalesAmounts(
        @Nullable Integer total,
        @Nullable Integer cash,
        @Nullable Integer upi) {

    /** A total only, as reports were before cash and UPI were asked. */
    public static SalesAmounts total(int rupees) {
        return new SalesAmounts(rupees, null, null);
    }

    /** The figures stored: the total, and cash and UPI both (a split) or neither (a total only). */
    record Stored(
            int total, @Nullable Integer cash, @Nullable Integer upi) {}

    /** Whether anything was given at all. */
    public boolean given() {
        return total != null || cash != null || upi != null;
    }

    /** The total the parts make when no total is typed (what a form shows in its total field), else null. */
    public static @Nullable Long sumOf(@Nullable Integer cash, @Nullable Integer upi) {
        return cash == null && upi == null ? null : (long) orZero(cash) + orZero(upi);
    }

    /** The figures to store, or a refusal saying why (negative, above the ceiling, parts not making the total). */
    Stored resolve(int ceiling) {
        if (!given()) {
            throw new ValidationException("sales.error.figuresMissing");
        }
        if (Stream.of(total, cash, upi).anyMatch(v -> v != null && v < 0)) {
            throw new ValidationException("sales.error.negative");
        }
        if (cash == null && upi == null) {
            return new Stored(within(total, ceiling), null, null);
        }
        long sum = orZero(cash) + (long) orZero(upi);
        if (total == null) {
            within(cash, ceiling);
            within(upi, ceiling);
            return new Stored(within(sum, ceiling), orZero(cash), orZero(upi));
        }
        int all = within(total, ceiling);
        // a total with one part: the other part is the rest (refused below when the part alone is more)
        int cashPart = cash != null ? cash : Math.max(0, all - orZero(upi));
        int upiPart = upi != null ? upi : Math.max(0, all - orZero(cash));
        if ((long) cashPart + upiPart != all) {
            throw new ValidationException(
                    "sales.error.split",
                    rupees(cashPart),
                    rupees(upiPart),
                    rupees((long) cashPart + upiPart),
                    rupees(all));
        }
        return new Stored(all, cashPart, upiPart);
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static int within(@Nullable Number value, int ceiling) {
        long rupees = value == null ? 0 : value.longValue();
        if (rupees > ceiling) {
            // the ceiling follows the message as a value of its own
            throw new ValidationException(List.of("sales.error.ceiling", rupees(ceiling) + "."));
        }
        return (int) rupees;
    }

    /** Rupees as the reader writes them: ₹ and Indian grouping, in the screen's digits (Latin over the API). */
    private static String rupees(long value) {
        return "₹" + Formats.number(value);
    }
}
