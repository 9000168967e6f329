package app.haat.allocation;

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
    void askDue() {
        confirmations.askDue();
    }
}
