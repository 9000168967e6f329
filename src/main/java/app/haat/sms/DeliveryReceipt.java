package app.haat.sms;

import org.jspecify.annotations.Nullable;

/**
 * An SMSC delivery receipt: the message id of the part it is about (as submit_sm_resp gave it), its final state
 * (DELIVRD, UNDELIV, EXPIRED, REJECTD, DELETED, ACCEPTD, UNKNOWN, ENROUTE) and the network error code, if any.
 */
public record DeliveryReceipt(
        String messageId, String state, @Nullable String error) {

    public boolean delivered() {
        return "DELIVRD".equals(state);
    }
}
