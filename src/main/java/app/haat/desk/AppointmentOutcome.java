package app.haat.desk;

/** What staff mark once an appointment's time has come: the group came, or it did not. */
public enum AppointmentOutcome {
    KEPT,
    MISSED
}
