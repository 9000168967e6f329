package app.haat.desk;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A centre's desk hours: the length of its appointment slots and the hours of each weekday it opens. */
public record DeskHours(int slotMinutes, List<Day> days) {

    /** One weekday's hours; a weekday with none is closed. */
    public record Day(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    public Optional<Day> on(DayOfWeek day) {
        return days.stream().filter(d -> d.day() == day).findFirst();
    }
}
