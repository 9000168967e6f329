package app.haat.centre;

/** A member's seat in a session: enrolled, waiting for a seat (in order), or cancelled (frees the seat). */
public enum EnrollmentStatus {
    ENROLLED,
    WAITLISTED,
    CANCELLED
}
