package app.haat.desk;

import java.util.Set;

/**
 * Where a case stands. A forwarded request (a group of no zone, sent on by its officer) waits for the centre to accept
 * it (then requested) or decline it. Booking an appointment takes a requested case to {@code APPOINTMENT}, calling it
 * off takes it back ({@link DeskAppointmentService}); staff may also go from requested straight to documents complete.
 * Obtained, refused and declined are final.
 */
public enum CaseStatus {
    FORWARDED,
    DECLINED,
    REQUESTED,
    APPOINTMENT,
    DOCUMENTS_COMPLETE,
    SUBMITTED,
    OBTAINED,
    REFUSED;

    /** The steps that may follow this one. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case FORWARDED -> Set.of(REQUESTED, DECLINED);
            case REQUESTED -> Set.of(APPOINTMENT, DOCUMENTS_COMPLETE);
            case APPOINTMENT -> Set.of(DOCUMENTS_COMPLETE);
            case DOCUMENTS_COMPLETE -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(OBTAINED, REFUSED);
            case DECLINED, OBTAINED, REFUSED -> Set.of();
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether a case in this step still holds a place at its centre (a second request of its type is refused). */
    public boolean open() {
        return !isFinal();
    }
}
