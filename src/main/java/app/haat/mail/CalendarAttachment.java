package app.haat.mail;

import app.haat.core.i18n.Formats;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (.ics) file for a stall slot or a training, so it lands in the phone's calendar. Model keys:
 * eventUid, eventStart, eventEnd (ISO date for all-day slots, ISO date-time in India time for sessions),
 * eventSummary, eventLocation; for an update, eventSequence (a higher SEQUENCE with the same UID replaces the entry
 * a calendar holds) and eventCancelled (true: STATUS:CANCELLED, and a message of that one event says METHOD:CANCEL,
 * so the calendar removes it). Several entries in one message go as {@code events}, a list of such maps.
 */
@Component
public class CalendarAttachment {

    public boolean applies(Map<String, Object> model) {
        return model.get("eventStart") != null && model.get("eventUid") != null
                || !events(model).isEmpty();
    }

    public byte[] render(Map<String, Object> model) {
        List<Map<String, Object>> events = events(model);
        return events.isEmpty()
                ? render(List.of(model), cancelled(model))
                : render(events, events.stream().allMatch(CalendarAttachment::cancelled));
    }

    /** Whether the message removes its events from the calendar (METHOD:CANCEL). */
    public static boolean cancels(Map<String, Object> model) {
        List<Map<String, Object>> events = events(model);
        return events.isEmpty() ? cancelled(model) : events.stream().allMatch(CalendarAttachment::cancelled);
    }

    private static boolean cancelled(Map<String, Object> event) {
        return Boolean.TRUE.equals(event.get("eventCancelled"));
    }

    /** Several entries in one message (a group's seats): {@code events}, a list of entries with the keys above. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> model) {
        return model.get("events") instanceof List<?> list
                ? list.stream()
                        .filter(Map.class::isInstance)
                        .map(e -> (Map<String, Object>) e)
                        .toList()
                : List.of();
    }

    /** A calendar of several events, e.g. the feed of a training room or a trainer. */
    public byte[] render(List<Map<String, Object>> models) {
        return render(models, false);
    }

    private static byte[] render(List<Map<String, Object>> models, boolean cancel) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Haat//West Bengal SHG portal//EN");
        calendar.setMethod(cancel ? Method.cancel() : Method.publish());
        for (Map<String, Object> model : models) {
            calendar.addEvent(event(model));
        }
        return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(Map<String, Object> model) {
        VEvent event = new VEvent();
        event.setUid(Objects.requireNonNull(model.get("eventUid")).toString());
        event.setSummary(String.valueOf(model.getOrDefault("eventSummary", "Haat")));
        if (model.get("eventLocation") != null) {
            event.setLocation(model.get("eventLocation").toString());
        }
        event.setDateStart(date(Objects.requireNonNull(model.get("eventStart")).toString()));
        if (model.get("eventEnd") != null) {
            event.setDateEnd(date(model.get("eventEnd").toString()));
        }
        if (model.get("eventSequence") instanceof Number sequence) {
            event.setSequence(sequence.intValue());
        }
        if (Boolean.TRUE.equals(model.get("eventCancelled"))) {
            event.setStatus(Status.cancelled());
        }
        return event;
    }

    /** "2026-12-01" is an all-day date (the end date of an all-day event is exclusive); with a time, India time. */
    private static ICalDate date(String iso) {
        if (iso.length() == 10) {
            LocalDate day = LocalDate.parse(iso);
            // biweekly writes date-only values in the JVM's zone, so the day must be built in that zone
            return new ICalDate(
                    Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
        }
        ZonedDateTime time = LocalDateTime.parse(iso).atZone(Formats.INDIA);
        return new ICalDate(Date.from(time.toInstant()), true);
    }
}
