package app.haat.centre;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionChange;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.Exports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Trainings over HTTP, with the same rules as the UI. */
@RestController
@RequestMapping("/api/trainings")
class TrainingApiController {

    private final TrainingScheduleService schedule;
    private final EnrollmentService enrollments;
    private final TrainingExport export;
    private final SessionChangeService changes;
    private final RetirementService retirements;
    private final TrainerAvailabilityService availability;

    TrainingApiController(
            TrainingScheduleService schedule,
            EnrollmentService enrollments,
            TrainingExport export,
            SessionChangeService changes,
            RetirementService retirements,
            TrainerAvailabilityService availability) {
        this.schedule = schedule;
        this.enrollments = enrollments;
        this.export = export;
        this.changes = changes;
        this.retirements = retirements;
        this.availability = availability;
    }

    /**
     * {@code POST /api/trainings/rooms/{id}/retire}: staff retire a room (kept for the sessions it held, no longer
     * booked nor listed). Answers the sessions still booked in it ahead, to move or call off.
     */
    @PostMapping("/rooms/{id}/retire")
    List<Session> retireRoom(@PathVariable long id) {
        return retirements.retireRoom(id);
    }

    /** {@code POST /api/trainings/trainers/{id}/retire}: likewise for a trainer. */
    @PostMapping("/trainers/{id}/retire")
    List<Session> retireTrainer(@PathVariable long id) {
        return retirements.retireTrainer(id);
    }

    record DaysAway(LocalDate from, LocalDate to) {}

    /**
     * {@code POST /api/trainings/trainers/{id}/days-away} {@code {from, to}}: staff mark a trainer away on those days
     * (booking and moving refuse them). Answers the sessions already booked with the trainer on those days.
     */
    @PostMapping("/trainers/{id}/days-away")
    List<Session> markAway(@PathVariable long id, @RequestBody DaysAway days) {
        return availability.markAway(id, days.from(), days.to());
    }

    /** {@code GET /api/trainings/export?from=…&to=…&format=csv|xlsx[&room=…][&trainer=…]}: sessions with attendance. */
    @GetMapping("/export")
    void export(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @Nullable Long room,
            @RequestParam(required = false) @Nullable Long trainer,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        Exports.stream(
                response,
                chosen,
                "trainings",
                out -> export.export(from, to, room, trainer, chosen, Exports.language(request), out));
    }

    /** {@code GET /api/trainings?from=2026-12-01&to=2026-12-31}: the sessions in the range, with seats taken. */
    @GetMapping
    List<Session> sessions(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedule.sessions(from, to);
    }

    /**
     * {@code PATCH /api/trainings/{id}}: staff change a session's title, topic, seats or language, or move it (day,
     * startsAt, minutes, roomId, trainerId); {@code following: true} changes every later session of its series too;
     * {@code version} (as last read) refuses the change if someone changed the session meanwhile. Members enrolled
     * and waiting are told, with their calendar entries updated. Answers the sessions as changed.
     */
    @PatchMapping("/{id}")
    List<Session> change(@PathVariable long id, @RequestBody SessionChange change) {
        return changes.change(id, change);
    }

    record CancelRequest(
            @Nullable String reason,
            @Nullable Boolean following,
            @Nullable Integer version) {}

    /**
     * {@code POST /api/trainings/{id}/cancel} {@code {reason}}: staff cancel a session that has not begun (with
     * {@code following: true}, every later one of its series too); members enrolled and waiting are told, and their
     * calendars drop it. Answers the ids cancelled.
     */
    @PostMapping("/{id}/cancel")
    List<Long> cancel(@PathVariable long id, @RequestBody CancelRequest request) {
        return changes.cancel(id, request.reason(), Boolean.TRUE.equals(request.following()), request.version());
    }

    record EnrollRequest(List<Long> memberIds) {}

    /** Enrolls members (a leader its group's, staff anyone's); answers each as enrolled or waitlisted. */
    @PostMapping("/{id}/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    List<Enrollment> enroll(@PathVariable long id, @RequestBody EnrollRequest request) {
        return enrollments.enroll(id, request == null ? List.of() : request.memberIds());
    }
}
