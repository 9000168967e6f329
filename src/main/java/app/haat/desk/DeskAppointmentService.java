package app.haat.desk;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments at a centre's desk: in the centre's hours, on a slot boundary, in the future, with one of its staff who
 * is never double-booked (the staff member's row is locked in the booking's transaction, then overlaps are checked).
 * Booked, moved and cancelled by the group, its officer or the centre's staff, each change told to the group; marked
 * kept or missed by staff once its time has come. A case has one current appointment, which is moved, not booked
 * again; booking takes the case to {@code APPOINTMENT}, cancelling takes it back to {@code REQUESTED}.
 */
@Service
public class DeskAppointmentService {

    private static final Set<CaseStatus> BOOKABLE = Set.of(CaseStatus.REQUESTED, CaseStatus.APPOINTMENT);
    private final AppointmentRepository repository;
    private final DeskRepository cases;
    private final DeskAccess access;
    private final DeskNotices notices;
    private final AuditService audit;
    private final Clock clock;

    DeskAppointmentService(
            AppointmentRepository repository,
            DeskRepository cases,
            DeskAccess access,
            DeskNotices notices,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The slots of the day, within the centre's hours and still ahead, where at least one of its staff is free. */
    @Transactional(readOnly = true)
    public List<FreeSlot> slots(long caseId, LocalDate date) {
        DeskCase found = access.visible(caseId);
        DeskHours hours = repository.hours(found.centreId());
        Optional<DeskHours.Day> day = hours.on(date.getDayOfWeek());
        List<FreeSlot.StaffMember> staff = repository.staffOf(found.centreId());
        if (day.isEmpty() || staff.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Appointment> booked = repository.bookedWith(
                staff.stream().map(FreeSlot.StaffMember::id).toList(),
                at(date, day.get().opens()),
                at(date, day.get().closes()));
        List<FreeSlot> free = new ArrayList<>();
        int close = day.get().closes().toSecondOfDay() / 60;
        for (int m = day.get().opens().toSecondOfDay() / 60;
                m + hours.slotMinutes() <= close;
                m += hours.slotMinutes()) {
            OffsetDateTime start = at(date, LocalTime.ofSecondOfDay(m * 60L));
            OffsetDateTime end = start.plusMinutes(hours.slotMinutes());
            if (!start.isAfter(now)) {
                continue;
            }
            List<FreeSlot.StaffMember> open = staff.stream()
                    .filter(s -> booked.stream()
                            .noneMatch(a -> a.staffId() == s.id()
                                    && a.startsAt().isBefore(end)
                                    && a.endsAt().isAfter(start)))
                    .toList();
            if (!open.isEmpty()) {
                free.add(new FreeSlot(start, end, open));
            }
        }
        return free;
    }

    /** The case's current appointment (booked, not yet marked), if any. */
    @Transactional(readOnly = true)
    public Optional<Appointment> current(long caseId) {
        access.visible(caseId);
        return currentOf(caseId);
    }

    /** The centre's appointments starting on these days, for its staff and admins. */
    @Transactional(readOnly = true)
    public List<Appointment> ofCentre(long centreId, LocalDate from, LocalDate to) {
        access.requireStaffOf(centreId);
        return repository.ofCentre(centreId, at(from, LocalTime.MIDNIGHT), at(to.plusDays(1), LocalTime.MIDNIGHT));
    }

    /** Whether the appointment's time is still ahead (it may be moved or cancelled; after, staff mark it). */
    public boolean ahead(Appointment appointment) {
        return appointment.startsAt().isAfter(OffsetDateTime.now(clock));
    }

    /** The centre's staff who take appointments, for staff choosing one. */
    @Transactional(readOnly = true)
    public List<FreeSlot.StaffMember> staffOf(long centreId) {
        access.requireStaffOf(centreId);
        return repository.staffOf(centreId);
    }

    /**
     * Books the case's appointment at the start given, with the staff member chosen (staff only) or the first free
     * one; refused outside the hours, on a closed day, off a slot boundary, in the past, for a case in another step
     * or with an appointment already booked, and when nobody is free (409).
     */
    @Transactional
    public Appointment book(long caseId, OffsetDateTime start, @Nullable Long chosen) {
        DeskCase found = locked(caseId);
        if (!BOOKABLE.contains(found.status())) {
            throw new ConflictException("desk.error.appointmentStep");
        }
        if (currentOf(caseId).isPresent()) {
            throw new ConflictException("desk.error.appointmentBooked");
        }
        OffsetDateTime end = checkTime(found.centreId(), start);
        long staff = pickStaff(found.centreId(), start, end, chosen, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insert(caseId, staff, start, end, access.actor(), byGroupSide(), now);
        if (found.status() == CaseStatus.REQUESTED) {
            cases.move(caseId, CaseStatus.REQUESTED, CaseStatus.APPOINTMENT, null, null, null, now);
        }
        return changed(found, id, "APPOINTMENT_BOOKED", null, "BOOKED");
    }

    /** Moves the case's current appointment to a new time (the same checks as booking; the staff may change). */
    @Transactional
    public Appointment move(long caseId, OffsetDateTime start, @Nullable Long chosen) {
        DeskCase found = locked(caseId);
        Appointment appointment = changeable(caseId);
        OffsetDateTime end = checkTime(found.centreId(), start);
        long staff = pickStaff(found.centreId(), start, end, chosen, appointment.id());
        repository.move(appointment.id(), staff, start, end, byGroupSide(), OffsetDateTime.now(clock));
        return changed(found, appointment.id(), "APPOINTMENT_MOVED", when(appointment), "MOVED");
    }

    /** Cancels the case's current appointment; the case goes back to requested, to be booked again. */
    @Transactional
    public Appointment cancel(long caseId) {
        DeskCase found = locked(caseId);
        Appointment appointment = changeable(caseId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.cancel(appointment.id(), byGroupSide(), now);
        if (found.status() == CaseStatus.APPOINTMENT) {
            cases.move(caseId, CaseStatus.APPOINTMENT, CaseStatus.REQUESTED, null, null, null, now);
        }
        return changed(found, appointment.id(), "APPOINTMENT_CANCELLED", when(appointment), "CANCELLED");
    }

    /** Staff mark the case's appointment kept or missed once its time has come. */
    @Transactional
    public Appointment mark(long caseId, AppointmentOutcome outcome) {
        access.forStaff(caseId);
        DeskCase found = locked(caseId);
        Appointment appointment =
                currentOf(caseId).orElseThrow(() -> new ConflictException("desk.error.noAppointment"));
        if (appointment.startsAt().isAfter(OffsetDateTime.now(clock))) {
            throw new ConflictException("desk.error.appointmentAhead");
        }
        repository.mark(appointment.id(), outcome, OffsetDateTime.now(clock));
        audit.record(AuditEntity.DESK_CASE, found.id(), "APPOINTMENT_" + outcome, when(appointment), outcome.name());
        return repository.find(appointment.id()).orElseThrow();
    }

    private DeskCase locked(long caseId) {
        access.visible(caseId);
        cases.lock(caseId);
        return access.visible(caseId);
    }

    private Optional<Appointment> currentOf(long caseId) {
        return repository.ofCase(caseId).stream().filter(Appointment::current).reduce((a, b) -> b);
    }

    /** The current appointment, still ahead: one whose time has passed is marked by staff, not moved. */
    private Appointment changeable(long caseId) {
        Appointment appointment =
                currentOf(caseId).orElseThrow(() -> new ConflictException("desk.error.noAppointment"));
        if (!appointment.startsAt().isAfter(OffsetDateTime.now(clock))) {
            throw new ConflictException("desk.error.appointmentPassed");
        }
        return appointment;
    }

    private Appointment changed(DeskCase found, long id, String action, @Nullable String before, String what) {
        Appointment appointment = repository.find(id).orElseThrow();
        audit.record(
                AuditEntity.DESK_CASE,
                found.id(),
                action,
                before,
                when(appointment) + ", staff=" + appointment.staffId());
        notices.appointment(cases.find(found.id()).orElseThrow(), appointment, what);
        return appointment;
    }

    /** The end of the slot starting then, if it is a slot of the centre's hours still ahead; else a clear refusal. */
    private OffsetDateTime checkTime(long centreId, OffsetDateTime start) {
        DeskHours hours = repository.hours(centreId);
        ZonedDateTime local = start.atZoneSameInstant(Formats.INDIA);
        DeskHours.Day day =
                hours.on(local.getDayOfWeek()).orElseThrow(() -> new ValidationException("desk.error.closedDay"));
        LocalTime time = local.toLocalTime();
        LocalTime end = time.plusMinutes(hours.slotMinutes());
        if (time.isBefore(day.opens()) || end.isAfter(day.closes()) || end.isBefore(time)) {
            throw new ValidationException("desk.error.outsideHours");
        }
        long minutes = (time.toSecondOfDay() - day.opens().toSecondOfDay()) / 60;
        if (time.getSecond() != 0 || time.getNano() != 0 || minutes % hours.slotMinutes() != 0) {
            throw new ValidationException("desk.error.notSlot");
        }
        if (!start.isAfter(OffsetDateTime.now(clock))) {
            throw new ValidationException("desk.error.appointmentPast");
        }
        return start.plusMinutes(hours.slotMinutes());
    }

    /**
     * The staff member chosen (by staff) or the first free one of the centre, each locked in the order of their ids
     * before their appointments are read, so two bookings of one staff member take turns and the second sees the
     * first.
     */
    private long pickStaff(
            long centreId, OffsetDateTime start, OffsetDateTime end, @Nullable Long chosen, @Nullable Long excluded) {
        List<Long> candidates = repository.staffOf(centreId).stream()
                .map(FreeSlot.StaffMember::id)
                .toList();
        if (chosen != null) {
            Role role = access.reader().me().role();
            if (role != Role.CENTRE_STAFF && role != Role.STATE_ADMIN) {
                throw new ValidationException("desk.error.staffChoice");
            }
            if (!candidates.contains(chosen)) {
                throw new ValidationException("desk.error.notCentreStaff");
            }
            candidates = List.of(chosen);
        }
        if (candidates.isEmpty()) {
            throw new ConflictException("desk.error.noStaff");
        }
        for (long staff : candidates) {
            repository.lockStaff(staff);
            if (!repository.busy(staff, start, end, excluded)) {
                return staff;
            }
        }
        throw new ConflictException("desk.error.slotTaken");
    }

    /** Whether the caller is on the group's side (the group or its officer): the desk shows their changes. */
    private boolean byGroupSide() {
        Role role = access.reader().me().role();
        return role == Role.SHG || role == Role.MUNICIPAL_OFFICER;
    }

    private static String when(Appointment appointment) {
        return "start="
                + appointment.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDateTime();
    }

    static OffsetDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(Formats.INDIA).toOffsetDateTime();
    }
}
