package app.haat.sms;

import java.util.function.Consumer;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's deliver_sm handling: receipts go to the consumer; jsmpp answers deliver_sm_resp when this returns,
 * so nothing may escape (an unanswered receipt is sent again and again). Mobile-originated messages are not used.
 */
final class ReceiptListener implements MessageReceiverListener {

    private static final Logger log = LoggerFactory.getLogger(ReceiptListener.class);

    private final Consumer<DeliveryReceipt> receipts;

    ReceiptListener(Consumer<DeliveryReceipt> receipts) {
        this.receipts = receipts;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) {
        if (!deliverSm.isSmscDeliveryReceipt()) {
            log.debug("Ignoring a message from {} (mobile-originated SMS are not used)", deliverSm.getSourceAddr());
            return;
        }
        DeliveryReceipt receipt = ReceiptParser.parse(deliverSm);
        if (receipt == null) {
            log.warn("Unreadable delivery receipt from the SMS gateway, ignored");
            return;
        }
        try {
            receipts.accept(receipt);
        } catch (RuntimeException e) {
            log.warn("Handling the delivery receipt for {} failed", receipt.messageId(), e);
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {}

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
