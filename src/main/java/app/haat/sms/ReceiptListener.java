package app.haat.sms;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's deliver_sm handling: receipts go to the consumer; jsmpp answers deliver_sm_resp when this returns,
 * so nothing may escape (an unanswered receipt is sent again and again). Mobile-originated messages are not used.
 */
final class ReceiptListener implements MessageReceiverListener {

    private static final Logger log = LoggerFactory.getLogger(ReceiptListener.class);
    private static final Pattern ID = Pattern.compile("(?:^|\\s)id:(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAT = Pattern.compile("(?:^|\\s)stat:(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ERR = Pattern.compile("(?:^|\\s)err:(\\S+)", Pattern.CASE_INSENSITIVE);

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
        DeliveryReceipt receipt = parse(deliverSm);
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

    /**
     * The receipt in a deliver_sm, or null when there is none to read. jsmpp's parser first ("id:… sub:… dlvrd:…
     * submit date:… done date:… stat:… err:… text:…"); it gives up on a state outside SMPP's list or an odd date,
     * which some SMSCs send, so id, stat and err are then read on their own; the receipted_message_id TLV stands in
     * for a missing id.
     */
    static @Nullable DeliveryReceipt parse(DeliverSm deliverSm) {
        try {
            org.jsmpp.bean.DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
            if (receipt.getId() != null && receipt.getFinalStatus() != null) {
                return new DeliveryReceipt(
                        receipt.getId(), receipt.getFinalStatus().name(), receipt.getError());
            }
        } catch (InvalidDeliveryReceiptException | RuntimeException e) {
            // read leniently below
        }
        byte[] body = deliverSm.getShortMessage();
        String text = body == null ? "" : new String(body, StandardCharsets.ISO_8859_1);
        String id = find(ID, text);
        if (id == null
                && deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID)
                        instanceof OptionalParameter.OctetString octets) {
            id = octets.getValueAsString().replace("\0", "");
        }
        String state = find(STAT, text);
        if (id == null || id.isEmpty() || state == null) {
            return null;
        }
        return new DeliveryReceipt(id, state.toUpperCase(Locale.ROOT), find(ERR, text));
    }

    private static @Nullable String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
