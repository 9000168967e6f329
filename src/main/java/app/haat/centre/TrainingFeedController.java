package app.haat.centre;

import app.haat.mail.CalendarAttachment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds a phone or a desktop calendar subscribes to: {@code /calendar/room/{id}.ics} and
 * {@code /calendar/trainer/{id}.ics}. Public (calendar apps do not sign in); they hold session times, topics, rooms
 * and trainers, never members.
 */
@RestController
class TrainingFeedController {

    private final TrainingScheduleService schedule;
    private final CalendarAttachment calendar;

    TrainingFeedController(TrainingScheduleService schedule, CalendarAttachment calendar) {
        this.schedule = schedule;
        this.calendar = calendar;
    }

    @GetMapping("/calendar/{kind:room|trainer}/{id}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String kind, @PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .body(calendar.render(schedule.feed(kind, id)));
    }
}
