package app.haat.desk;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.region.CentreDirectoryService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A centre's desk hours: the hours of each weekday it opens (a weekday without hours is closed) and the length of its
 * appointment slots. Anyone signed in reads them; the centre's staff and admins set them.
 */
@Service
public class DeskHoursService {

    static final int MIN_SLOT = 10;
    static final int MAX_SLOT = 240;
    private final AppointmentRepository repository;
    private final DeskAccess access;
    private final CentreDirectoryService centres;
    private final AuditService audit;

    DeskHoursService(
            AppointmentRepository repository, DeskAccess access, CentreDirectoryService centres, AuditService audit) {
        this.repository = repository;
        this.access = access;
        this.centres = centres;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public DeskHours hours(long centreId) {
        access.reader();
        requireCentre(centreId);
        return repository.hours(centreId);
    }

    /** The centre's staff (or an admin) set its hours and slot length; each day must hold at least one slot. */
    @Transactional
    public void setHours(long centreId, DeskHours hours) {
        requireCentre(centreId);
        access.requireStaffOf(centreId);
        List<String> errors = new ArrayList<>();
        if (hours.slotMinutes() < MIN_SLOT || hours.slotMinutes() > MAX_SLOT || hours.slotMinutes() % 5 != 0) {
            errors.add("desk.error.slotLength");
        }
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        for (DeskHours.Day day : hours.days()) {
            if (!seen.add(day.day())) {
                errors.add("desk.error.dayTwice");
            } else if (!day.opens().isBefore(day.closes())) {
                errors.add("desk.error.hoursOrder");
            } else if (Duration.between(day.opens(), day.closes()).toMinutes() < hours.slotMinutes()) {
                errors.add("desk.error.hoursShort");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
        DeskHours before = repository.hours(centreId);
        DeskHours sorted = new DeskHours(
                hours.slotMinutes(),
                hours.days().stream()
                        .sorted(Comparator.comparing(DeskHours.Day::day))
                        .toList());
        repository.setHours(centreId, sorted);
        audit.record(AuditEntity.CENTRE_HOURS, centreId, "DESK_HOURS", text(before), text(sorted));
    }

    private static String text(DeskHours hours) {
        StringBuilder text = new StringBuilder("slot=").append(hours.slotMinutes());
        hours.days()
                .forEach(d -> text.append(", ")
                        .append(d.day())
                        .append('=')
                        .append(d.opens())
                        .append('-')
                        .append(d.closes()));
        return text.toString();
    }

    private void requireCentre(long centreId) {
        if (centres.centre(centreId).isEmpty()) {
            throw new NotFoundException("desk.error.centreNotFound");
        }
    }
}
