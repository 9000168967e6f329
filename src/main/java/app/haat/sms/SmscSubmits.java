package app.haat.sms;

import app.haat.sms.EmbeddedSmsc.ReceivedSms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * The embedded SMSC's submit_sm handling: checks addresses as an Indian SMSC does (alphanumeric sender TON 5 / NPI 0,
 * destination 91 + mobile TON 1 / NPI 1), answers with fresh ids and joins parts by their UDH reference.
 */
final class SmscSubmits implements ServerMessageReceiverListener {

    private static final Pattern INDIAN_MOBILE = Pattern.compile("91[6-9]\\d{9}");

    private final List<ReceivedSms> received = new ArrayList<>(); // guarded by itself
    private final Map<String, Parts> partial = new ConcurrentHashMap<>();
    private final AtomicInteger submitCount = new AtomicInteger();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger maxOutstanding = new AtomicInteger();
    /** Ids unique across restarts and instances, as an operator's are (a clock-based start, then a counter). */
    private final AtomicLong lastId = new AtomicLong(System.currentTimeMillis() << 8);

    private final Object stallLock = new Object();
    private boolean stalled; // guarded by stallLock
    final AtomicInteger throttleNext = new AtomicInteger();
    volatile Duration responseDelay = Duration.ZERO;

    /** The parts of a concatenated message received so far. */
    private static final class Parts {
        final String[] texts;
        final String[] ids;
        int count;

        Parts(int total) {
            texts = new String[total];
            ids = new String[total];
        }
    }

    /** An accepted submit_sm: the receipt is sent when its answer has gone out. */
    static final class Accepted extends SubmitSmResult {
        final SubmitSm submit;

        Accepted(MessageId id, SubmitSm submit) {
            super(id, new OptionalParameter[0]);
            this.submit = submit;
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
        submitCount.incrementAndGet();
        maxOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
        try {
            awaitUnstalled(source);
            Duration delay = responseDelay;
            if (delay.isPositive()) {
                Thread.sleep(delay.toMillis());
            }
            if (!source.getSessionState().isBound()) { // gone while we waited: a crashed SMSC keeps nothing
                throw new ProcessRequestException("connection closed", SMPPConstant.STAT_ESME_RSYSERR);
            }
            if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            checkAddresses(submit);
            String id = String.format("%016X", lastId.incrementAndGet());
            record(submit, id);
            return new Accepted(new MessageId(id), submit);
        } catch (PDUStringException | InterruptedException e) {
            throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
        } finally {
            outstanding.decrementAndGet(); // before jsmpp writes the answer, so a new submit is never counted early
        }
    }

    private static void checkAddresses(SubmitSm submit) throws ProcessRequestException {
        if (submit.getSourceAddrTon() != TypeOfNumber.ALPHANUMERIC.value()) {
            throw new ProcessRequestException("source TON", SMPPConstant.STAT_ESME_RINVSRCTON);
        }
        if (submit.getSourceAddrNpi() != NumberingPlanIndicator.UNKNOWN.value()) {
            throw new ProcessRequestException("source NPI", SMPPConstant.STAT_ESME_RINVSRCNPI);
        }
        if (submit.getDestAddrTon() != TypeOfNumber.INTERNATIONAL.value()) {
            throw new ProcessRequestException("destination TON", SMPPConstant.STAT_ESME_RINVDSTTON);
        }
        if (submit.getDestAddrNpi() != NumberingPlanIndicator.ISDN.value()) {
            throw new ProcessRequestException("destination NPI", SMPPConstant.STAT_ESME_RINVDSTNPI);
        }
        if (!INDIAN_MOBILE.matcher(submit.getDestAddress()).matches()) {
            throw new ProcessRequestException("destination", SMPPConstant.STAT_ESME_RINVDSTADR);
        }
    }

    private void record(SubmitSm submit, String id) throws ProcessRequestException {
        byte[] octets = submit.getShortMessage() == null ? new byte[0] : submit.getShortMessage();
        boolean udhi = (submit.getEsmClass() & 0x40) != 0;
        String text;
        try {
            text = SmsEncoding.decode(submit.getDataCoding(), octets, udhi);
        } catch (IllegalArgumentException e) {
            throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RINVDCS);
        }
        // UDH with IE 00 (8-bit reference) or 08 (16-bit): reference, total, sequence
        int reference = -1;
        int total = 1;
        int sequence = 1;
        if (udhi && octets.length >= 6 && octets[1] == 0x00 && octets[2] == 3) {
            reference = octets[3] & 0xFF;
            total = octets[4] & 0xFF;
            sequence = octets[5] & 0xFF;
        } else if (udhi && octets.length >= 7 && octets[1] == 0x08 && octets[2] == 4) {
            reference = ((octets[3] & 0xFF) << 8) | (octets[4] & 0xFF);
            total = octets[5] & 0xFF;
            sequence = octets[6] & 0xFF;
        }
        if (reference < 0 || total <= 1 || sequence < 1 || sequence > total) {
            add(submit, text, 1, List.of(id));
            return;
        }
        String key = submit.getSourceAddr() + "/" + submit.getDestAddress() + "/" + reference + "/" + total;
        int count = total;
        Parts parts = partial.computeIfAbsent(key, k -> new Parts(count));
        synchronized (parts) {
            if (parts.texts.length != total) {
                return;
            }
            if (parts.texts[sequence - 1] == null) {
                parts.count++;
            }
            parts.texts[sequence - 1] = text;
            parts.ids[sequence - 1] = id;
            if (parts.count == total) {
                partial.remove(key);
                add(submit, String.join("", parts.texts), total, Arrays.asList(parts.ids));
            }
        }
    }

    private void add(SubmitSm submit, String text, int segments, List<String> ids) {
        Map<Short, String> tlvs = new HashMap<>();
        OptionalParameter[] parameters = submit.getOptionalParameters();
        for (OptionalParameter parameter : parameters == null ? new OptionalParameter[0] : parameters) {
            if (parameter instanceof OptionalParameter.OctetString octets) {
                tlvs.put(parameter.tag, new String(octets.getValue(), StandardCharsets.US_ASCII));
            }
        }
        ReceivedSms sms = new ReceivedSms(
                submit.getDestAddress(),
                submit.getSourceAddr(),
                text,
                submit.getDataCoding(),
                segments,
                ids,
                tlvs.get(SmppSettings.DEFAULT_TEMPLATE_ID_TAG),
                tlvs.get(SmppSettings.DEFAULT_ENTITY_ID_TAG),
                tlvs,
                Instant.now());
        synchronized (received) {
            received.add(sms);
        }
    }

    List<ReceivedSms> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    int submitCount() {
        return submitCount.get();
    }

    int maxOutstanding() {
        return maxOutstanding.get();
    }

    void clear() {
        synchronized (received) {
            received.clear();
        }
        partial.clear();
        submitCount.set(0);
        maxOutstanding.set(0);
    }

    void stall(boolean on) {
        synchronized (stallLock) {
            stalled = on;
            stallLock.notifyAll();
        }
    }

    boolean stalled() {
        synchronized (stallLock) {
            return stalled;
        }
    }

    private void awaitUnstalled(SMPPServerSession source) throws ProcessRequestException, InterruptedException {
        synchronized (stallLock) {
            while (stalled) {
                if (!source.getSessionState().isBound()) {
                    throw new ProcessRequestException("connection closed", SMPPConstant.STAT_ESME_RSYSERR);
                }
                stallLock.wait(50);
            }
        }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported();
    }

    private static ProcessRequestException unsupported() {
        return new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
