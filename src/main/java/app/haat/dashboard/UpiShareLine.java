package app.haat.dashboard;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The UPI share of one exhibition's, district's or month's sales: the rupees reported as cash and as UPI, UPI's share
 * of the two in whole percent (null when nothing was reported apart), how many reports gave the split, and how many
 * gave a total only (left out of the share, counted here). A month's label is "2026-11".
 */
public record UpiShareLine(
        String labelEn,
        String labelBn,
        long cashRupees,
        long upiRupees,
        @Nullable Integer upiPercent,
        long splitReports,
        long totalOnlyReports) {

    static UpiShareLine of(String labelEn, String labelBn, long cash, long upi, long split, long totalOnly) {
        return new UpiShareLine(labelEn, labelBn, cash, upi, percent(cash, upi), split, totalOnly);
    }

    /** UPI's share of cash and UPI in whole percent, rounded; null when both are nothing. */
    static @Nullable Integer percent(long cash, long upi) {
        return cash + upi == 0 ? null : (int) Math.round(upi * 100.0 / (cash + upi));
    }

    /** The label for a reader: a month as 11/2026 in the reader's digits, a name in the reader's language. */
    String label(Locale reader) {
        if (labelEn.matches("\\d{4}-\\d{2}")) {
            return Formats.digits(labelEn.substring(5) + "/" + labelEn.substring(0, 4), reader);
        }
        return LocalizedName.isBengali(reader) ? labelBn : labelEn;
    }
}
