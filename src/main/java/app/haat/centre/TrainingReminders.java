package app.haat.centre;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.i18n.Formats;
import app.haat.mail.MessageType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before a session: a reminder to every group with members enrolled in it, one message per group naming its
 * members. Each member's reminder is claimed in the database in the transaction that queues the message, so it goes
 * once whatever happens: the job run twice, a restart, two nodes.
 */
@Service
public class TrainingReminders {

    private final TrainingSessionRepository sessions;
    private final EnrollmentRepository enrollments;
    private final TrainingMessages messages;
    private final ReminderRepository claims;
    private final Clock clock;

    TrainingReminders(
            TrainingSessionRepository sessions,
            EnrollmentRepository enrollments,
            TrainingMessages messages,
            ReminderRepository claims,
            Clock clock) {
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.messages = messages;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * Every hour of the working day, the reminders for tomorrow's sessions not yet claimed: a node down at nine
     * sends them at ten, and members enrolled later in the day are reminded too; nobody twice.
     */
    @Scheduled(cron = "${haat.training.reminder-cron:0 0 9-18 * * *}", zone = "Asia/Kolkata")
    @SchedulerLock(
            name = "training-reminders",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${haat.training.reminder-lock-at-least:PT5M}")
    @Transactional
    public void sendReminders() {
        remind(LocalDate.now(clock.withZone(Formats.INDIA)).plusDays(1));
    }

    /** Reminders for the sessions of one day; answers how many were queued. */
    @Transactional
    public int remind(LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int queued = 0;
        for (Session session : sessions.sessions(
                day.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime())) {
            if (session.cancelled()) {
                continue;
            }
            Map<Long, List<String>> byGroup = new HashMap<>();
            for (Enrollment e : enrollments.enrollments(session.id())) {
                if (e.status() == EnrollmentStatus.ENROLLED && claims.claim(session.id(), e.memberId(), now)) {
                    byGroup.computeIfAbsent(e.groupId(), g -> new ArrayList<>()).add(e.memberName());
                }
            }
            for (var entry : byGroup.entrySet()) {
                if (messages.tell(MessageType.REMINDER, entry.getKey(), String.join(", ", entry.getValue()), session)) {
                    queued++;
                }
            }
        }
        return queued;
    }
}
