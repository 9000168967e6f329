package app.haat.sms;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.jspecify.annotations.Nullable;

/**
 * The receipt in a deliver_sm: jsmpp's parser first ("id:… sub:… dlvrd:… submit date:… done date:… stat:… err:…
 * text:…"); it gives up on a state outside SMPP's list or an odd date, which some SMSCs send, so id, stat and err are
 * then read on their own. The receipted_message_id TLV stands in for a missing id.
 */
final class ReceiptParser {

    private static final Pattern ID = Pattern.compile("(?:^|\\s)id:(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAT = Pattern.compile("(?:^|\\s)stat:(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ERR = Pattern.compile("(?:^|\\s)err:(\\S+)", Pattern.CASE_INSENSITIVE);

    private ReceiptParser() {}

    /** The receipt, or null when the deliver_sm carries none that can be read. */
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
        if (id == null) {
            OptionalParameter tlv = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
            if (tlv instanceof OptionalParameter.OctetString octets) {
                id = octets.getValueAsString().replace("\0", "");
            }
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
