package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in group's stalls with what it may do about each today: read its letter once the allocation is
 * published, report sales from its first day at the kiosk until a week after its last, withdraw until its start.
 */
@Service
public class MyStallsService {

    /** Days after its last day at the kiosk a group may still report the days it missed. */
    static final int LATE_REPORT_DAYS = 7;

    private static final Set<ExhibitionStatus> SELLING =
            EnumSet.of(ExhibitionStatus.PUBLISHED, ExhibitionStatus.RUNNING);

    private final ApplicationService applications;
    private final ApplicationRepository repository;
    private final ExhibitionService exhibitions;
    private final Clock clock;

    MyStallsService(
            ApplicationService applications,
            ApplicationRepository repository,
            ExhibitionService exhibitions,
            Clock clock) {
        this.applications = applications;
        this.repository = repository;
        this.exhibitions = exhibitions;
        this.clock = clock;
    }

    /**
     * An application of the group with its exhibition's slots, the kiosks it holds (once assigned), and the actions
     * that make sense today.
     */
    public record Stall(
            Application application,
            ExhibitionStatus exhibitionStatus,
            List<Slot> slots,
            List<Seat> seats,
            boolean letterReady,
            boolean salesOpen,
            boolean withdrawable) {

        /** Whether the group stands at its kiosk on this day. */
        public boolean standsOn(LocalDate day) {
            return seats.stream().anyMatch(s -> !day.isBefore(s.startsOn()) && !day.isAfter(s.endsOn()));
        }
    }

    /** The signed-in group's applications, newest first (only the group itself). */
    @Transactional(readOnly = true)
    public List<Stall> mine() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.INDIA));
        return applications.mine().stream().map(a -> stall(a, today)).toList();
    }

    private Stall stall(Application application, LocalDate today) {
        ExhibitionStatus status = exhibitions.find(application.exhibitionId()).status();
        boolean assigned = application.status() == ApplicationStatus.ASSIGNED;
        List<Seat> seats = assigned ? repository.seats(application.id()) : List.of();
        boolean published = assigned && status.compareTo(ExhibitionStatus.PUBLISHED) >= 0;
        boolean salesOpen = published
                && SELLING.contains(status)
                && !seats.isEmpty()
                && !today.isBefore(seats.getFirst().startsOn())
                && !today.isAfter(seats.getLast().endsOn().plusDays(LATE_REPORT_DAYS));
        boolean withdrawable = application.status().inPlay() && applications.beforeItsStart(application);
        return new Stall(
                application,
                status,
                exhibitions.slots(application.exhibitionId()),
                seats,
                published,
                salesOpen,
                withdrawable);
    }
}
