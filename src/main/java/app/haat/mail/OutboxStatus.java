package app.haat.mail;

public enum OutboxStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED
}
