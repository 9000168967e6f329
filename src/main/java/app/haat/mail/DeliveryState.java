package app.haat.mail;

/** An SMS's final state from the SMSC's delivery receipts (SMPP 3.4 appendix B): delivered, or why not. */
public enum DeliveryState {
    DELIVRD,
    UNDELIV,
    EXPIRED,
    REJECTD,
    DELETED,
    UNKNOWN,
    ACCEPTD
}
