package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before applications close: the groups told of the opening that have not applied are reminded, once. Each
 * exhibition records the day its reminder was queued, in the same transaction as the messages, so running twice on
 * one day (a restart, a second node) sends nothing more.
 */
@Service
public class ClosingReminders {

    private final ExhibitionRepository exhibitions;
    private final Announcements announcements;
    private final Clock clock;

    ClosingReminders(ExhibitionRepository exhibitions, Announcements announcements, Clock clock) {
        this.exhibitions = exhibitions;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** Every morning, the reminders for the exhibitions whose applications close tomorrow (India time). */
    @Scheduled(cron = "0 30 9 * * *", zone = "Asia/Kolkata")
    @SchedulerLock(name = "closing-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional
    public void sendReminders() {
        remind(LocalDate.now(clock.withZone(Formats.INDIA)));
    }

    /**
     * The reminders due on {@code today}: for each exhibition taking applications whose window closes tomorrow (India
     * date) and not yet reminded today. Answers how many messages were queued.
     */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        int queued = 0;
        for (Exhibition exhibition : exhibitions.closingBetween(
                tomorrow.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                tomorrow.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                today)) {
            if (exhibitions.markClosingReminder(exhibition.id(), today)) {
                queued += announcements.closing(exhibition);
            }
        }
        return queued;
    }
}
