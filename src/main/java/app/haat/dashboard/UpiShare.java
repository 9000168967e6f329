package app.haat.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The share of sales taken by UPI, the figure the e-payment training aims to raise: over the reports that gave cash
 * and UPI apart, UPI rupees / (cash + UPI rupees). Reports that gave a total only are left out of the share and
 * counted ({@code totalOnlyReports}). By exhibition (the latest first), by the groups' district and by month, in the
 * dashboard's scope and period.
 */
public record UpiShare(
        long cashRupees,
        long upiRupees,
        @Nullable Integer upiPercent,
        long splitReports,
        long totalOnlyReports,
        List<UpiShareLine> byExhibition,
        List<UpiShareLine> byDistrict,
        List<UpiShareLine> byMonth) {

    /** The whole from its parts: every report is in exactly one district, so the districts add up to it. */
    static UpiShare of(List<UpiShareLine> byExhibition, List<UpiShareLine> byDistrict, List<UpiShareLine> byMonth) {
        long cash = byDistrict.stream().mapToLong(UpiShareLine::cashRupees).sum();
        long upi = byDistrict.stream().mapToLong(UpiShareLine::upiRupees).sum();
        return new UpiShare(
                cash,
                upi,
                UpiShareLine.percent(cash, upi),
                byDistrict.stream().mapToLong(UpiShareLine::splitReports).sum(),
                byDistrict.stream().mapToLong(UpiShareLine::totalOnlyReports).sum(),
                byExhibition,
                byDistrict,
                byMonth);
    }

    /** The three breakdowns by their keys, in the order they are shown. */
    List<Breakdown> breakdowns() {
        return List.of(
                new Breakdown("upiShareByExhibition", byExhibition),
                new Breakdown("upiShareByDistrict", byDistrict),
                new Breakdown("upiShareByMonth", byMonth));
    }

    /** One breakdown: its key (which names its title and page ids) and its lines. */
    record Breakdown(String key, List<UpiShareLine> lines) {}
}
