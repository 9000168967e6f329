package app.haat.sms;

import org.jspecify.annotations.Nullable;

/** A message that did not reach the SMSC, with what the caller should do about it ({@link Kind}). */
public class SmsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, as the dispatcher needs it: retry later, fix the settings, slow down, or give the message up. */
    public enum Kind {
        /** No connection, a timeout or a lost connection: retry later (after connect() again). */
        UNAVAILABLE,
        /** The SMSC refused the sign-in: the settings are wrong, retrying will not help until they change. */
        BIND_REFUSED,
        /** The SMSC kept asking us to slow down: requeue without counting a failed attempt. */
        THROTTLED,
        /** The SMSC refused this message (a negative submit_sm_resp): a permanent failure of the message. */
        REFUSED
    }

    private final Kind kind;
    private final boolean possiblyAccepted;

    public SmsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
        this.possiblyAccepted = false;
    }

    public SmsException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, false);
    }

    private SmsException(Kind kind, String message, @Nullable Throwable cause, boolean possiblyAccepted) {
        super(message, cause);
        this.kind = kind;
        this.possiblyAccepted = possiblyAccepted;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the submit_sm had gone out when this happened (no answer, or the connection broke while waiting): the
     * SMSC may have taken the message, so sending it again may duplicate it.
     */
    public boolean possiblyAccepted() {
        return possiblyAccepted;
    }

    /** The same failure, noting that the submit_sm had gone out. */
    SmsException afterSubmit() {
        return new SmsException(kind, String.valueOf(getMessage()), getCause(), true);
    }
}
