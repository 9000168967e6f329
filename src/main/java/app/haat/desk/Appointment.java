package app.haat.desk;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An appointment of a case at its centre, with one of the centre's staff: its time, whether it holds (booked) or was
 * cancelled, kept or missed once staff mark it, and whether the group made the last change (the desk shows it).
 */
public record Appointment(
        long id,
        long caseId,
        long centreId,
        long groupId,
        String groupName,
        RequestType type,
        long staffId,
        String staffName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        AppointmentStatus status,
        @Nullable AppointmentOutcome outcome,
        boolean changedByGroup,
        @Nullable OffsetDateTime remindedAt) {

    /** Booked and not yet marked: the one a case may have at a time, which is moved rather than booked again. */
    public boolean current() {
        return status == AppointmentStatus.BOOKED && outcome == null;
    }
}
