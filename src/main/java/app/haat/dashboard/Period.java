package app.haat.dashboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which sales the dashboard counts: the last 30, 90 or 365 days, or all; long periods show months, not days. */
public enum Period {
    DAYS_30(30),
    DAYS_90(90),
    DAYS_365(365),
    ALL(0);

    private final int days;

    Period(int days) {
        this.days = days;
    }

    /** The first day counted, or null for all. */
    @Nullable
    LocalDate from(LocalDate today) {
        return days == 0 ? null : today.minusDays(days - 1L);
    }

    /** Whether the sales over time go month by month (else day by day). */
    boolean monthly() {
        return days == 0 || days > 92;
    }
}
