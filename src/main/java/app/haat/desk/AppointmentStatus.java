package app.haat.desk;

/** Whether an appointment at a centre's desk holds its time: booked, or cancelled (it holds nothing then). */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED
}
