package app.haat.dashboard;

import app.haat.core.i18n.Formats;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.user.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's dashboard: state-wide for admins, an officer's own municipalities for officers. */
@Service
public class DashboardService {

    private final DashboardRepository repository;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    DashboardService(DashboardRepository repository, CurrentUser currentUser, UserService users, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The headline numbers, in order: registered, verified, ready online, trained, applications, placements, firsts. */
    public record Figures(long registered, long verified, long readyOnline, long membersTrained, long applications,
                          long placements, long firstTimersPlaced) {
    }

    /** A bar of a chart: its label in English and Bengali, and its value. */
    public record Bar(String labelEn, String labelBn, long value) {
    }

    public record Dashboard(Figures figures, List<Bar> salesByMunicipality, List<Bar> salesByVenue,
                            List<Bar> salesByDay) {
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        Set<Long> scope = me.role() == Role.STATE_ADMIN ? null : users.scopeOfCurrentUser();
        long[] c = repository.counts(scope);
        LocalDate from = LocalDate.now(clock.withZone(Formats.INDIA)).minusDays(29);
        return new Dashboard(new Figures(c[0], c[1], c[2], c[3], c[4], c[5], c[6]),
                bars(repository.salesByMunicipality(scope)), bars(repository.salesByVenue(scope)),
                bars(repository.salesByDay(scope, from)));
    }

    private static List<Bar> bars(List<DashboardRepository.Figure> figures) {
        return figures.stream().map(f -> new Bar(f.labelEn(), f.labelBn(), f.value())).toList();
    }
}
