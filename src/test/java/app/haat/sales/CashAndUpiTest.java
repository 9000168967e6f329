package app.haat.sales;

import static app.haat.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.haat.allocation.AllocationService;
import app.haat.core.api.ValidationException;
import app.haat.core.export.ExportFormat;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A day's sales given as a total, as cash and UPI, or all three: what is stored, and what is refused and why. */
class CashAndUpiTest extends IntegrationTest {

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

    /** What is given, and what is stored (null refused: {@code refusal} names the key). */
    record Case(
            String what,
            @Nullable Integer total,
            @Nullable Integer cash,
            @Nullable Integer upi,
            @Nullable Integer storedTotal,
            @Nullable Integer storedCash,
            @Nullable Integer storedUpi,
            @Nullable String refusal) {}

    private static Case stored(String what, Integer total, Integer cash, Integer upi, int t, Integer c, Integer u) {
        return new Case(what, total, cash, upi, t, c, u, null);
    }

    private static Case refused(String what, Integer total, Integer cash, Integer upi, String key) {
        return new Case(what, total, cash, upi, null, null, null, key);
    }

    @Test
    void everyCombinationOfTotalCashAndUpiIsStoredOrRefusedAsTheRulesSay() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Raghunathpur");
        Application placed = stand.firstPlaced();
        String leader = stand.leaderOf(placed);
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        int ceiling = fx.accounts.as(fx.accounts.admin(), () -> sales.ceiling());
        List<Case> cases = List.of(
                stored("a total only, as before", 5_000, null, null, 5_000, null, null),
                stored("cash and UPI without a total make it", null, 3_000, 2_000, 5_000, 3_000, 2_000),
                stored("cash alone: all of it cash", null, 1_200, null, 1_200, 1_200, 0),
                stored("UPI alone: all of it UPI", null, null, 700, 700, 0, 700),
                stored("all three adding up", 4_000, 2_500, 1_500, 4_000, 2_500, 1_500),
                stored("a total and cash: UPI is the rest", 4_000, 1_000, null, 4_000, 1_000, 3_000),
                stored("a total and UPI: cash is the rest", 4_000, null, 4_000, 4_000, 0, 4_000),
                stored("nothing sold, apart", null, 0, 0, 0, 0, 0),
                refused("parts not making the total", 5_000, 3_000, 1_000, "sales.error.split"),
                refused("a part alone above the total", 1_000, 1_500, null, "sales.error.split"),
                refused("negative cash", null, -100, 200, "sales.error.negative"),
                refused("negative UPI beside a total", 100, 300, -200, "sales.error.negative"),
                refused("a negative total", -5, null, null, "sales.error.negative"),
                refused("a part above the ceiling", null, ceiling + 1, 0, "sales.error.ceiling"),
                refused(
                        "parts summing above the ceiling",
                        null,
                        ceiling / 2 + 1,
                        ceiling / 2 + 1,
                        "sales.error.ceiling"),
                refused("a total above the ceiling", ceiling + 1, null, null, "sales.error.ceiling"),
                refused("nothing given", null, null, null, "sales.error.figuresMissing"));
        SalesService.Day last = null;
        for (Case c : cases) {
            SalesAmounts amounts = new SalesAmounts(c.total(), c.cash(), c.upi());
            Runnable report = () -> sales.report(placed.id(), yesterday, amounts, 4, null, false);
            if (c.refusal() == null) {
                fx.accounts.as(leader, report);
                last = day(leader, placed, yesterday);
                assertThat(List.of(c.storedTotal(), String.valueOf(c.storedCash()), String.valueOf(c.storedUpi())))
                        .as(c.what())
                        .containsExactly(last.amount(), String.valueOf(last.cash()), String.valueOf(last.upi()));
            } else {
                ValidationException refusal =
                        catchThrowableOfType(ValidationException.class, () -> fx.accounts.as(leader, report));
                assertThat(refusal).as(c.what()).isNotNull();
                assertThat(refusal.errors().getFirst()).as(c.what()).isEqualTo(c.refusal());
                // nothing changed
                assertThat(day(leader, placed, yesterday)).as(c.what()).isEqualTo(last);
            }
        }
        // the refusal names the numbers, as the reader writes them
        ValidationException split = catchThrowableOfType(
                ValidationException.class,
                () -> fx.accounts.as(
                        leader,
                        () -> sales.report(
                                placed.id(), yesterday, new SalesAmounts(5_000, 3_000, 1_000), 4, null, false)));
        assertThat(split.params()).containsExactly("₹3,000", "₹1,000", "₹4,000", "₹5,000");
    }

    @Test
    void anOfficerEntersTheSplitOnTheGroupsBehalfAndTheAuditKeepsIt() {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Raghunathpur");
        Application placed = stand.firstPlaced();
        LocalDate day = LocalDate.now(Formats.INDIA).minusDays(2);
        fx.accounts.as(
                stand.officer(),
                () -> sales.report(placed.id(), day, new SalesAmounts(null, 2_200, 1_800), 6, null, false));
        SalesService.Day stored = day(stand.officer(), placed, day);
        assertThat(stored.amount()).isEqualTo(4_000);
        assertThat(stored.onBehalf()).isTrue();
        assertThat(dsl.select(AUDIT_LOG.NEW_VALUE)
                        .from(AUDIT_LOG)
                        .where(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(placed.id())))
                        .fetch(AUDIT_LOG.NEW_VALUE))
                .anySatisfy(v -> assertThat(v).contains("₹4000 (cash ₹2200, UPI ₹1800)"));
        // the overview adds the split up; a total-only day is counted apart
        fx.accounts.as(stand.officer(), () -> sales.report(placed.id(), day.plusDays(1), 900, 2, null));
        SalesService.StandSummary summary =
                fx.accounts.as(stand.officer(), () -> sales.overview(stand.exhibitionId())).stream()
                        .filter(s -> s.applicationId() == placed.id())
                        .findFirst()
                        .orElseThrow();
        assertThat(List.of(summary.amount(), summary.cash(), summary.upi(), (long) summary.totalOnly()))
                .containsExactly(4_900L, 2_200L, 1_800L, 1L);
        // the export has them in their own columns, empty for the total-only day
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        fx.accounts.as(
                stand.officer(), () -> sales.export(stand.exhibitionId(), ExportFormat.CSV, Locale.ENGLISH, csv));
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Sales (Rs),Cash (Rs),UPI (Rs),Items sold")
                .contains("Reported,4000,2200,1800,6")
                .contains("Reported,900,,,2");
    }

    private SalesService.Day day(String who, Application placed, LocalDate day) {
        return fx.accounts.as(who, () -> sales.days(placed.id())).stream()
                .filter(d -> d.day().equals(day))
                .findFirst()
                .orElseThrow();
    }
}
