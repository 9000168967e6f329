package app.haat.centre;

/** A training session is scheduled until staff cancel it (with a reason); a cancelled one is kept for the record. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
