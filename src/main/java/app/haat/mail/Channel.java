package app.haat.mail;

/** How a message reaches a person: one outbox row per message and channel. */
public enum Channel {
    EMAIL,
    SMS
}
