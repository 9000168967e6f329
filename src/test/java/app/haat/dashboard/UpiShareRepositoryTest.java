package app.haat.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.sales.SalesAmounts;
import app.haat.sales.SalesService;
import app.haat.sales.UnderWay;
import app.haat.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The UPI share summed by district and by month over reports this test makes, in a municipality's scope and period. */
class UpiShareRepositoryTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    SalesService sales;

    @Autowired
    DSLContext dsl;

    @Autowired
    UpiShareRepository repository;

    @Test
    void theShareByDistrictAndMonthLeavesOutTotalsOnlyAndKeepsToScopeAndPeriod() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Sonamukhi");
        Application placed = stand.firstPlaced();
        LocalDate today = LocalDate.now(Formats.INDIA);
        // four days: three split, one a total only; the month of each day counted apart
        List<SalesAmounts> days = List.of(
                new SalesAmounts(null, 900, 100),
                new SalesAmounts(null, 600, 400),
                SalesAmounts.total(5_000),
                new SalesAmounts(1_000, 500, 500));
        Map<YearMonth, long[]> expected = new TreeMap<>();
        fx.accounts.as(stand.leaderOf(placed), () -> {
            for (int back = 3; back >= 0; back--) {
                SalesAmounts amounts = days.get(3 - back);
                LocalDate day = today.minusDays(back);
                sales.report(placed.id(), day, amounts, 1, null, false);
                long[] sums = expected.computeIfAbsent(YearMonth.from(day), m -> new long[4]);
                sums[0] += amounts.cash() == null ? 0 : amounts.cash();
                sums[1] += amounts.upi() == null ? 0 : amounts.upi();
                sums[amounts.cash() == null ? 3 : 2]++;
            }
        });
        Set<Long> scope = Set.of(fx.municipality("Sonamukhi"));

        // cash 2,000 and UPI 1,000: a third by UPI; the 5,000 given as a total only is counted, not shared out
        assertThat(repository.byDistrict(scope, null))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("labelBn")
                .containsExactly(new UpiShareLine("Bankura", "", 2_000, 1_000, 33, 3, 1));
        assertThat(repository.byMonth(scope, null))
                .containsExactlyElementsOf(expected.entrySet().stream()
                        .map(e -> UpiShareLine.of(
                                e.getKey().toString(),
                                e.getKey().toString(),
                                e.getValue()[0],
                                e.getValue()[1],
                                e.getValue()[2],
                                e.getValue()[3]))
                        .toList());
        // the period: from yesterday, only the last two days (UPI 500 of 1,000 and the 400 of 1,000 before are out)
        assertThat(repository.byDistrict(scope, today.minusDays(1)))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("labelBn")
                .containsExactly(new UpiShareLine("Bankura", "", 500, 500, 50, 1, 1));
        // another municipality's scope has none of it
        assertThat(repository.byDistrict(Set.of(fx.municipality("Kolkata")), null))
                .noneMatch(l -> l.labelEn().equals("Bankura"));
        UpiShare whole = repository.share(scope, null);
        assertThat(List.of(whole.upiPercent(), (int) whole.splitReports(), (int) whole.totalOnlyReports()))
                .containsExactly(33, 3, 1);
    }
}
