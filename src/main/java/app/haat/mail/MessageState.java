package app.haat.mail;

import org.jspecify.annotations.Nullable;

/**
 * Where a message stands, as the Messages view filters and shows it: the outbox's status, with a sent SMS split by its
 * delivery receipt (an e-mail stays "sent": mail servers send no receipt).
 */
public enum MessageState {
    QUEUED,
    SENDING,
    /** Handed over; for an SMS, no final receipt yet. */
    SENT,
    /** The SMS reached the phone (every part's receipt says DELIVRD). */
    DELIVERED,
    /** The SMSC accepted the SMS but a receipt says it did not arrive (UNDELIV, EXPIRED, REJECTD…). */
    NOT_DELIVERED,
    /** Not sent: refused, or out of attempts; the reason is kept. */
    FAILED;

    /** The state of a row with this outbox status and delivery receipt. */
    static MessageState of(OutboxStatus status, @Nullable String delivery) {
        return switch (status) {
            case QUEUED -> QUEUED;
            case SENDING -> SENDING;
            case FAILED -> FAILED;
            case SENT -> {
                if ("DELIVRD".equals(delivery)) {
                    yield DELIVERED;
                }
                yield delivery != null && SmsOutboxRepository.FAILED_STATES.contains(delivery) ? NOT_DELIVERED : SENT;
            }
        };
    }
}
