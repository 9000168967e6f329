package app.haat.mail;

import app.haat.core.i18n.Formats;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The night in India time ({@code haat.sms.quiet-hours}, "21:00-09:00" by default, empty for none) when
 * announcements and reminders by SMS wait for the morning; a span may cross midnight.
 */
record QuietHours(@Nullable LocalTime from, @Nullable LocalTime to) {

    static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return new QuietHours(null, null);
        }
        String[] ends = text.strip().split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("haat.sms.quiet-hours must look like 21:00-09:00: " + text);
        }
        return new QuietHours(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
    }

    boolean isQuiet(OffsetDateTime at) {
        LocalTime start = from;
        LocalTime end = to;
        if (start == null || end == null || start.equals(end)) {
            return false;
        }
        LocalTime time = at.atZoneSameInstant(Formats.INDIA).toLocalTime();
        return start.isAfter(end)
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }
}
