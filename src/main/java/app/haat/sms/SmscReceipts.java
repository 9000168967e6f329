package app.haat.sms;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerResponseDeliveryAdapter;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SMSC's delivery receipts: one deliver_sm per accepted part that asked for one, sent on one thread
 * shortly after its submit_sm_resp has gone out (never before: the client must know the id first).
 */
final class SmscReceipts extends ServerResponseDeliveryAdapter {

    private static final Logger log = LoggerFactory.getLogger(SmscReceipts.class);
    private static final long DELAY_MILLIS = 10;

    private final ScheduledExecutorService sender;
    volatile Function<String, String> stateByDestination = destination -> "DELIVRD";
    volatile boolean enabled = true;

    SmscReceipts(ScheduledExecutorService sender) {
        this.sender = sender;
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
        if (result instanceof SmscSubmits.Accepted accepted
                && enabled
                && (accepted.submit.getRegisteredDelivery() & 0x03) != 0) {
            sender.schedule(
                    () -> send(source, accepted.submit, result.getMessageId()), DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void send(SMPPServerSession session, SubmitSm submit, String id) {
        if (!session.getSessionState().isReceivable()) {
            log.debug("Embedded SMSC: receipt for {} dropped, its session is gone", id);
            return;
        }
        DeliveryReceiptState state;
        try {
            state = DeliveryReceiptState.valueOf(stateByDestination.apply(submit.getDestAddress()));
        } catch (IllegalArgumentException e) {
            state = DeliveryReceiptState.UNKNOWN;
        }
        Date now = new Date();
        boolean delivered = state == DeliveryReceiptState.DELIVRD;
        String text = new org.jsmpp.bean.DeliveryReceipt(
                        id, 1, delivered ? 1 : 0, now, now, state, delivered ? "000" : "001", "")
                .toString();
        try {
            session.deliverShortMessage(
                    "",
                    TypeOfNumber.valueOf(submit.getDestAddrTon()),
                    NumberingPlanIndicator.valueOf(submit.getDestAddrNpi()),
                    submit.getDestAddress(),
                    TypeOfNumber.valueOf(submit.getSourceAddrTon()),
                    NumberingPlanIndicator.valueOf(submit.getSourceAddrNpi()),
                    submit.getSourceAddr(),
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    DataCodings.ZERO,
                    text.getBytes(StandardCharsets.US_ASCII),
                    new OptionalParameter.Receipted_message_id(id));
        } catch (Exception e) { // the client went away or answered badly: a real SMSC would retry, ours drops it
            log.debug("Embedded SMSC: receipt for {} not delivered", id, e);
        }
    }
}
