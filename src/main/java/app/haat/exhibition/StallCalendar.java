package app.haat.exhibition;

import app.haat.venue.Venue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar entry of a group's seat, as the allotment letter's .ics carries it and as every later change sends it
 * again: one UID per seat, and a higher SEQUENCE each time, so a calendar replaces the entry it holds (new dates, lost
 * days) or removes it (a cancellation).
 */
public final class StallCalendar {

    private StallCalendar() {}

    /** A group's seat: the assignment (the entry's UID), its kiosk, and the days it holds. */
    public record StallSeat(long groupId, long assignmentId, String kioskCode, LocalDate from, LocalDate to) {}

    /** The entry of a seat from {@code from} to {@code lastDay} (inclusive); cancelled: the calendar removes it. */
    public static Map<String, Object> entry(
            long assignmentId,
            String kioskCode,
            Venue venue,
            boolean bengali,
            LocalDate from,
            LocalDate lastDay,
            int sequence,
            boolean cancelled) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("eventUid", "assignment-" + assignmentId + "@haat");
        entry.put("eventSequence", sequence);
        entry.put("eventStart", from.toString());
        entry.put("eventEnd", lastDay.plusDays(1).toString()); // an all-day event's end is exclusive
        entry.put("eventSummary", "Haat " + kioskCode + ": " + venue.name(bengali));
        entry.put("eventLocation", place(venue, bengali));
        if (cancelled) {
            entry.put("eventCancelled", true);
        }
        return entry;
    }

    /** The venue's address and municipality, or the municipality alone. */
    public static String place(Venue venue, boolean bengali) {
        String municipality = venue.municipality(bengali);
        String address = venue.address(bengali);
        return address == null || address.isBlank() ? municipality : address + ", " + municipality;
    }

    /** The entries of several seats of one group in one message ({@code events} in the model). */
    static List<Map<String, Object>> entries(
            List<StallSeat> seats, Venue venue, boolean bengali, int sequence, boolean cancelled) {
        return seats.stream()
                .map(s -> entry(s.assignmentId(), s.kioskCode(), venue, bengali, s.from(), s.to(), sequence, cancelled))
                .toList();
    }
}
