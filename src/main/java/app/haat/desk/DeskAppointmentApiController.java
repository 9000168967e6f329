package app.haat.desk;

import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import io.swagger.v3.oas.annotations.Operation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments at a centre's desk over HTTP: the centre's hours and slot length, a case's free slots on a day, and its
 * appointment booked, moved, cancelled and marked kept or missed. Every check is the services'.
 */
@RestController
class DeskAppointmentApiController {

    record DeskDayJson(String day, String opens, String closes) {}

    record DeskHoursJson(int slotMinutes, List<DeskDayJson> days) {}

    record DeskStaffJson(long id, String name) {}

    record DeskSlotJson(OffsetDateTime start, OffsetDateTime end, List<DeskStaffJson> freeStaff) {}

    /** The start as {@code 2026-12-10T11:00} (India's clock) or with its offset; a staff member staff chose. */
    record DeskBookingJson(@Nullable String start, @Nullable Long staffId) {}

    record DeskAttendanceJson(@Nullable String outcome) {}

    record DeskAppointmentJson(
            long id,
            long requestId,
            long staffId,
            String staffName,
            OffsetDateTime start,
            OffsetDateTime end,
            String status,
            @Nullable String outcome,
            boolean changedByGroup) {

        static DeskAppointmentJson of(Appointment a) {
            return new DeskAppointmentJson(
                    a.id(),
                    a.caseId(),
                    a.staffId(),
                    a.staffName(),
                    india(a.startsAt()),
                    india(a.endsAt()),
                    a.status().name(),
                    a.outcome() == null ? null : a.outcome().name(),
                    a.changedByGroup());
        }
    }

    /** A time on India's clock (+05:30), whatever the database hands back (PostgreSQL: UTC). */
    private static OffsetDateTime india(OffsetDateTime time) {
        return time.atZoneSameInstant(Formats.INDIA).toOffsetDateTime();
    }

    private final DeskHoursService hours;
    private final DeskAppointmentService appointments;

    DeskAppointmentApiController(DeskHoursService hours, DeskAppointmentService appointments) {
        this.hours = hours;
        this.appointments = appointments;
    }

    @Operation(summary = "The centre's desk hours per weekday (a weekday not listed is closed) and its slot length")
    @GetMapping("/api/centres/{id}/hours")
    DeskHoursJson hours(@PathVariable long id) {
        DeskHours h = hours.hours(id);
        return new DeskHoursJson(
                h.slotMinutes(),
                h.days().stream()
                        .map(d -> new DeskDayJson(
                                d.day().name(), d.opens().toString(), d.closes().toString()))
                        .toList());
    }

    @Operation(summary = "Set the centre's desk hours and slot length (its staff, admins); each open day holds a slot")
    @PutMapping("/api/centres/{id}/hours")
    DeskHoursJson setHours(@PathVariable long id, @RequestBody DeskHoursJson body) {
        List<DeskHours.Day> days = body.days() == null
                ? List.of()
                : body.days().stream()
                        .map(d -> new DeskHours.Day(day(d.day()), time(d.opens()), time(d.closes())))
                        .toList();
        hours.setHours(id, new DeskHours(body.slotMinutes(), days));
        return hours(id);
    }

    @Operation(
            summary = "The centre's appointments starting from one day to another (at most 92 days; its staff, admins)")
    @GetMapping("/api/centres/{id}/appointments")
    List<DeskAppointmentJson> ofCentre(
            @PathVariable long id,
            @RequestParam LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        LocalDate last = to == null ? from : to;
        if (last.isBefore(from) || last.isAfter(from.plusDays(92))) {
            throw new ValidationException("desk.error.appointmentSpan");
        }
        return appointments.ofCentre(id, from, last).stream()
                .map(DeskAppointmentJson::of)
                .toList();
    }

    @Operation(summary = "The free slots of a day for the case: in the centre's hours, ahead, with the staff free then")
    @GetMapping("/api/requests/{id}/appointment/slots")
    List<DeskSlotJson> slots(@PathVariable long id, @RequestParam LocalDate date) {
        return appointments.slots(id, date).stream()
                .map(s -> new DeskSlotJson(
                        s.start(),
                        s.end(),
                        s.free().stream()
                                .map(m -> new DeskStaffJson(m.id(), m.name()))
                                .toList()))
                .toList();
    }

    @Operation(summary = "The case's current appointment (booked, not yet marked); 404 when it has none")
    @GetMapping("/api/requests/{id}/appointment")
    DeskAppointmentJson current(@PathVariable long id) {
        return DeskAppointmentJson.of(
                appointments.current(id).orElseThrow(() -> new NotFoundException("desk.error.noAppointment")));
    }

    @Operation(
            summary =
                    "Book the case's appointment (the group, its officer, the centre's staff who may choose the staff member); 409 when the time was just taken")
    @PostMapping("/api/requests/{id}/appointment")
    @ResponseStatus(HttpStatus.CREATED)
    DeskAppointmentJson book(@PathVariable long id, @RequestBody DeskBookingJson body) {
        return DeskAppointmentJson.of(appointments.book(id, start(body.start()), body.staffId()));
    }

    @Operation(summary = "Move the case's appointment to another free slot; the group is told")
    @PutMapping("/api/requests/{id}/appointment")
    DeskAppointmentJson move(@PathVariable long id, @RequestBody DeskBookingJson body) {
        return DeskAppointmentJson.of(appointments.move(id, start(body.start()), body.staffId()));
    }

    @Operation(summary = "Call off the case's appointment; the case goes back to requested and the group is told")
    @DeleteMapping("/api/requests/{id}/appointment")
    DeskAppointmentJson cancel(@PathVariable long id) {
        return DeskAppointmentJson.of(appointments.cancel(id));
    }

    @Operation(summary = "Mark the appointment KEPT or MISSED once its time has come (the centre's staff)")
    @PostMapping("/api/requests/{id}/appointment/outcome")
    DeskAppointmentJson mark(@PathVariable long id, @RequestBody DeskAttendanceJson body) {
        AppointmentOutcome outcome;
        try {
            outcome = AppointmentOutcome.valueOf(
                    body.outcome() == null ? "" : body.outcome().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("desk.error.attendance");
        }
        return DeskAppointmentJson.of(appointments.mark(id, outcome));
    }

    /** {@code 2026-12-10T11:00} on India's clock, or a time with its offset. */
    private static OffsetDateTime start(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            throw new ValidationException("desk.error.appointmentTime");
        }
        try {
            return OffsetDateTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(typed.strip()).atZone(Formats.INDIA).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                throw new ValidationException("desk.error.appointmentTime");
            }
        }
    }

    private static DayOfWeek day(@Nullable String typed) {
        try {
            return DayOfWeek.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("desk.error.weekday");
        }
    }

    private static LocalTime time(@Nullable String typed) {
        try {
            return LocalTime.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("desk.error.hoursTime");
        }
    }
}
