package app.haat.dashboard;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.group.GroupService;
import app.haat.group.ReadinessFigures;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.user.UserService;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's dashboard: state-wide for admins, an officer's own municipalities for officers. */
@Service
public class DashboardService {

    private final DashboardRepository repository;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final RegionService regions;
    private final Translator translator;
    private final DashboardPdf pdf;
    private final GroupService groups;
    private final UpiShareRepository upiShares;
    private final OnlineSelling online;

    DashboardService(
            DashboardRepository repository,
            CurrentUser currentUser,
            UserService users,
            Clock clock,
            RegionService regions,
            Translator translator,
            DashboardPdf pdf,
            GroupService groups,
            UpiShareRepository upiShares,
            OnlineSelling online) {
        this.online = online;
        this.groups = groups;
        this.upiShares = upiShares;
        this.translator = translator;
        this.pdf = pdf;
        this.regions = regions;
        this.repository = repository;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The headline numbers, in order: registered, verified, ready online, trained, applications, placements, firsts. */
    public record Figures(
            long registered,
            long verified,
            long readyOnline,
            long membersTrained,
            long applications,
            long placements,
            long firstTimersPlaced) {

        /** The headline figures in the order the page and the PDF show them. */
        public List<Figure> inOrder() {
            return List.of(
                    new Figure("registered", registered),
                    new Figure("verified", verified),
                    new Figure("readyOnline", readyOnline),
                    new Figure("membersTrained", membersTrained),
                    new Figure("applications", applications),
                    new Figure("placements", placements),
                    new Figure("firstTimers", firstTimersPlaced));
        }
    }

    /** One headline figure: its name (page ids use it), and its value. */
    public record Figure(String name, long value) {
        /** The bundle key of its caption. */
        public String key() {
            return "dashboard." + name;
        }
    }

    /** A bar of a chart: its label in English and Bengali, and its value. */
    public record Bar(String labelEn, String labelBn, long value) {
        /** The label to show: a day as 25/11/2026, a month as 11/2026, a name in the language asked for. */
        public String label(boolean bengali) {
            if (labelEn.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Formats.date(LocalDate.parse(labelEn));
            }
            if (labelEn.matches("\\d{4}-\\d{2}")) {
                return labelEn.substring(5) + "/" + labelEn.substring(0, 4);
            }
            return bengali ? labelBn : labelEn;
        }
    }

    /** A chart: its key (which names its title), its bars, and whether they are rupees or counts. */
    public record Chart(String key, List<Bar> bars, boolean rupees) {
        Chart(String key, List<Bar> bars) {
            this(key, bars, true);
        }

        /** The bundle key of what the chart says when it has no bars. */
        public String emptyKey() {
            if (rupees) {
                return "dashboard.noSales";
            }
            return key.startsWith("online") ? "dashboard.online.none" : "dashboard.noGroups";
        }
    }

    /**
     * The figures and the charts, in the order they are shown, and the UPI share of sales; {@code scope} null means
     * the whole state.
     */
    public record Dashboard(
            Figures figures,
            List<Chart> charts,
            @Nullable List<String> scopeEn,
            @Nullable List<String> scopeBn,
            LocalDate on,
            Period period,
            UpiShare upiShare) {
        public Chart chart(String key) {
            return charts.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
        }
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        return dashboard(Period.ALL);
    }

    /** The figures, and the sales of the period (null: all) by municipality, venue, category and over time. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(@Nullable Period chosen) {
        Period period = chosen == null ? Period.ALL : chosen;
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        Set<Long> scope = me.role() == Role.STATE_ADMIN ? null : users.scopeOfCurrentUser();
        Figures figures = repository.counts(scope);
        LocalDate today = LocalDate.now(clock.withZone(Formats.INDIA));
        LocalDate from = period.from(today);
        List<DashboardRepository.StandSales> stands = repository.salesByStand(scope, from);
        List<Municipality> mine = scope == null
                ? List.of()
                : regions.municipalities().stream()
                        .filter(m -> scope.contains(m.id()))
                        .toList();
        Dashboard dashboard = new Dashboard(
                figures,
                List.of(
                        new Chart("salesByMunicipality", top(stands, s -> s.municipalityEn(), s -> s.municipalityBn())),
                        new Chart(
                                "salesByVenue",
                                top(
                                        stands,
                                        DashboardRepository.StandSales::venue,
                                        s -> LocalizedName.pick(s.venue(), s.venueBn(), true))),
                        new Chart(
                                "salesByCategory",
                                top(
                                        stands,
                                        s -> s.categoryEn() != null
                                                ? s.categoryEn()
                                                : translator.english("dashboard.otherCategory"),
                                        s -> s.categoryBn() != null
                                                ? s.categoryBn()
                                                : translator.getTranslation(
                                                        "dashboard.otherCategory", Translator.BENGALI))),
                        period.monthly()
                                ? new Chart("salesByMonth", bars(repository.salesByMonth(scope, from)))
                                : new Chart("salesByDay", bars(repository.salesByDay(scope, from))),
                        new Chart("readiness", readiness(), false)),
                scope == null ? null : mine.stream().map(Municipality::nameEn).toList(),
                scope == null ? null : mine.stream().map(Municipality::nameBn).toList(),
                today,
                period,
                upiShares.share(scope, from));
        return online.addedTo(dashboard, scope, from);
    }

    /** The caller's dashboard as a PDF, in the given language. */
    @Transactional(readOnly = true)
    public void writePdf(Period period, Locale locale, OutputStream out) {
        pdf.write(dashboard(period), locale, out);
    }

    /** Verified groups having done each readiness item, and all of them, from the registry's own figures. */
    private List<Bar> readiness() {
        List<ReadinessFigures> figures = groups.readinessByMunicipality();
        if (figures.isEmpty()) {
            return List.of();
        }
        String[] keys = {"pan", "gstin", "bank", "photos", "training", "ready"};
        long[] done = new long[keys.length];
        for (ReadinessFigures f : figures) {
            int[] items = {f.pan(), f.gstin(), f.bank(), f.photos(), f.trained(), f.ready()};
            for (int i = 0; i < keys.length; i++) {
                done[i] += items[i];
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            String key = "readiness.col." + keys[i];
            bars.add(new Bar(translator.english(key), translator.getTranslation(key, Translator.BENGALI), done[i]));
        }
        return bars;
    }

    /** The ten largest sums of the stands' sales by a label (English and Bengali), largest first. */
    private static List<Bar> top(
            List<DashboardRepository.StandSales> stands,
            Function<DashboardRepository.StandSales, String> english,
            Function<DashboardRepository.StandSales, String> bengali) {
        Map<String, Bar> sums = new LinkedHashMap<>();
        for (DashboardRepository.StandSales stand : stands) {
            sums.merge(
                    english.apply(stand),
                    new Bar(english.apply(stand), bengali.apply(stand), stand.rupees()),
                    (a, b) -> new Bar(a.labelEn(), a.labelBn(), a.value() + b.value()));
        }
        return sums.values().stream()
                .sorted(Comparator.comparingLong(Bar::value).reversed())
                .limit(10)
                .toList();
    }

    private static List<Bar> bars(List<DashboardRepository.Figure> figures) {
        return figures.stream()
                .map(f -> new Bar(f.labelEn(), f.labelBn(), f.value()))
                .toList();
    }
}
