package app.haat.dashboard;

import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.MARKETPLACE;
import static app.haat.db.Tables.MUNICIPALITY;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The programme's headline figure on the dashboard: groups selling online (confirmed by an officer, and with any
 * listing) beside those ready but not yet selling, by marketplace, district and municipality (confirmed listings), and
 * over time by the month of each group's first listing. Counts are of today; the period picks the months shown and the
 * groups that started in it.
 */
@Component
class OnlineSelling {

    private final OnlineSellingRepository repository;
    private final Translator translator;

    OnlineSelling(OnlineSellingRepository repository, Translator translator) {
        this.repository = repository;
        this.translator = translator;
    }

    /** The dashboard with the online-selling charts after its own. */
    DashboardService.Dashboard addedTo(
            DashboardService.Dashboard dashboard, @Nullable Set<Long> scope, @Nullable LocalDate from) {
        List<DashboardService.Chart> charts = new ArrayList<>(dashboard.charts());
        charts.addAll(charts(scope, from));
        return new DashboardService.Dashboard(
                dashboard.figures(),
                List.copyOf(charts),
                dashboard.scopeEn(),
                dashboard.scopeBn(),
                dashboard.on(),
                dashboard.period(),
                dashboard.upiShare());
    }

    List<DashboardService.Chart> charts(@Nullable Set<Long> scope, @Nullable LocalDate from) {
        OffsetDateTime since =
                from == null ? null : from.atStartOfDay(Formats.INDIA).toOffsetDateTime();
        OnlineSellingRepository.Counts counts = repository.counts(scope, since);
        List<DashboardService.Bar> headline = new ArrayList<>(List.of(
                bar("dashboard.online.confirmed", counts.confirmed()),
                bar("dashboard.online.all", counts.any()),
                bar("dashboard.online.readyNotSelling", counts.readyNotSelling())));
        if (since != null) {
            headline.add(bar("dashboard.online.newInPeriod", counts.startedSince()));
        }
        return List.of(
                new DashboardService.Chart("online", headline, false),
                chart("onlineByMarketplace", repository.confirmedBy(scope, MARKETPLACE.NAME, MARKETPLACE.NAME_BN)),
                chart("onlineByDistrict", repository.confirmedBy(scope, DISTRICT.NAME_EN, DISTRICT.NAME_BN)),
                chart(
                        "onlineByMunicipality",
                        repository.confirmedBy(scope, MUNICIPALITY.NAME_EN, MUNICIPALITY.NAME_BN).stream()
                                .limit(10)
                                .toList()),
                new DashboardService.Chart("onlineByMonth", byMonth(repository.firstListings(scope), from), false));
    }

    /** Groups by the month (in India) of their first listing, oldest first, from the period's first month. */
    private static List<DashboardService.Bar> byMonth(List<OffsetDateTime> firsts, @Nullable LocalDate from) {
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        for (OffsetDateTime first : firsts) {
            LocalDate day = first.atZoneSameInstant(Formats.INDIA).toLocalDate();
            if (from == null || !day.isBefore(from)) {
                months.merge(YearMonth.from(day), 1L, Long::sum);
            }
        }
        return months.entrySet().stream()
                .map(e -> new DashboardService.Bar(
                        e.getKey().toString(), e.getKey().toString(), e.getValue()))
                .toList();
    }

    private DashboardService.Bar bar(String key, long value) {
        return new DashboardService.Bar(
                translator.english(key), translator.getTranslation(key, Translator.BENGALI), value);
    }

    private static DashboardService.Chart chart(String key, List<DashboardRepository.Figure> figures) {
        return new DashboardService.Chart(
                key,
                figures.stream()
                        .map(f -> new DashboardService.Bar(f.labelEn(), f.labelBn(), f.value()))
                        .toList(),
                false);
    }
}
