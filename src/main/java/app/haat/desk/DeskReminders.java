package app.haat.desk;

import app.haat.core.i18n.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before an appointment at a centre's desk, a reminder to the group. Each reminder is claimed by a conditional
 * update of the appointment's {@code reminded_at} in the transaction that queues it, so it goes once whatever happens:
 * the job run twice, a restart, two nodes. A moved appointment is reminded again for its new day.
 */
@Service
public class DeskReminders {

    private final AppointmentRepository repository;
    private final DeskRepository cases;
    private final DeskNotices notices;
    private final Clock clock;

    DeskReminders(AppointmentRepository repository, DeskRepository cases, DeskNotices notices, Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    /** Every hour of the working day, the reminders for tomorrow's appointments not yet sent. */
    @Scheduled(cron = "0 15 9-18 * * *", zone = "Asia/Kolkata")
    @SchedulerLock(name = "desk-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional
    public void sendReminders() {
        remind(LocalDate.now(clock.withZone(Formats.INDIA)).plusDays(1));
    }

    /** Reminders for the appointments of one day; answers how many were queued. */
    @Transactional
    public int remind(LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int queued = 0;
        for (Appointment a : repository.toRemind(
                DeskAppointmentService.at(day, LocalTime.MIDNIGHT),
                DeskAppointmentService.at(day.plusDays(1), LocalTime.MIDNIGHT))) {
            if (repository.claimReminder(a.id(), now)) {
                notices.appointment(cases.find(a.caseId()).orElseThrow(), a, "REMINDER");
                queued++;
            }
        }
        return queued;
    }
}
