package app.haat.allocation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Asks assigned groups to confirm, each morning; each group is asked once (see AttendanceConfirmationService). */
@Component
class ConfirmationAsks {

    private final AttendanceConfirmationService confirmations;

    ConfirmationAsks(AttendanceConfirmationService confirmations) {
        this.confirmations = confirmations;
    }

    @Scheduled(cron = "0 0 9 * * *", zone = "Asia/Kolkata")
    @SchedulerLock(name = "confirmation-asks", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void askDue() {
        confirmations.askDue();
    }
}
