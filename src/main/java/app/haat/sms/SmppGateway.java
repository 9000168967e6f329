package app.haat.sms;

import app.haat.sms.SmsException.Kind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bind_transceiver session to the operator's SMSC (jsmpp's {@link SMPPSession}), shared by every sending thread.
 * {@link #submit} blocks until the SMSC has answered every part; at most {@code window} submit_sm await their answer
 * at once, paced by {@link SubmitPacer}. Delivery receipts arrive on jsmpp's threads and go to the consumer. The
 * dispatcher reconnects (calling {@link #connect()} again, with its own backoff) when a submit reports UNAVAILABLE.
 */
public final class SmppGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);
    private static final Pattern MOBILE = Pattern.compile("[6-9]\\d{9}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,30}");
    /** How long one part may keep being throttled before the message goes back to the queue. */
    static final Duration THROTTLED_FOR_AT_MOST = Duration.ofSeconds(30);

    private final SmppSettings settings;
    private final Consumer<DeliveryReceipt> receipts;
    private final Semaphore window;
    private final SubmitPacer pacer;
    private final Duration throttleBudget;
    private final Object connecting = new Object();
    private final WaitingSubmits waiting = new WaitingSubmits();
    private volatile @Nullable SMPPSession session;
    private volatile @Nullable String lastError;
    private volatile boolean closed;

    public SmppGateway(SmppSettings settings, Consumer<DeliveryReceipt> receipts) {
        this(settings, receipts, THROTTLED_FOR_AT_MOST);
    }

    SmppGateway(SmppSettings settings, Consumer<DeliveryReceipt> receipts, Duration throttleBudget) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.window = new Semaphore(settings.window(), true);
        this.pacer = new SubmitPacer(settings.ratePerSecond());
        this.throttleBudget = throttleBudget;
    }

    /** Binds (bind_transceiver), unless already bound; after a lost connection, binds a new session. */
    public void connect() throws SmsException {
        synchronized (connecting) {
            if (closed) {
                throw new IllegalStateException("the SMS gateway was closed");
            }
            SMPPSession current = session;
            if (current != null && current.getSessionState().isBound()) {
                return;
            }
            if (current != null) {
                current.close();
            }
            int timeout = (int) settings.responseTimeout().toMillis();
            SMPPSession fresh = new SMPPSession(
                    new SynchronizedPDUSender(new DefaultPDUSender()),
                    new DefaultPDUReader(),
                    (host, port) -> noDelayConnection(host, port, timeout));
            fresh.setTransactionTimer(timeout);
            fresh.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
            fresh.setMessageReceiverListener(new ReceiptListener(receipts));
            fresh.addSessionStateListener(this::stateChanged);
            BindParameter bind = new BindParameter(
                    BindType.BIND_TRX,
                    settings.systemId(),
                    settings.password(),
                    settings.systemType(),
                    TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN,
                    null);
            try {
                fresh.connectAndBind(settings.host(), settings.port(), bind, timeout);
            } catch (IOException e) {
                fresh.close();
                SmsException failure = SmppStatus.bindFailure(settings, e);
                lastError = failure.getMessage();
                throw failure;
            }
            session = fresh;
            lastError = null;
            log.info("Bound to the SMS gateway {}:{} as {}", settings.host(), settings.port(), settings.systemId());
        }
    }

    public boolean isBound() {
        SMPPSession current = session;
        return current != null && current.getSessionState().isBound();
    }

    /** Why the last bind failed or the connection was lost; null while the gateway has been fine since. */
    public @Nullable String lastError() {
        return lastError;
    }

    /**
     * Submits every part to 91 + {@code mobile10} and returns the SMSC's message id of each, in order. The template
     * id and the settings' entity id go in their DLT TLVs, {@code extraTlvs} as further ASCII TLVs.
     */
    public List<String> submit(
            String mobile10, EncodedSms sms, @Nullable String templateId, Map<Short, String> extraTlvs)
            throws SmsException {
        Objects.requireNonNull(sms, "sms");
        if (mobile10 == null || !MOBILE.matcher(mobile10).matches()) {
            throw new IllegalArgumentException("not a 10-digit Indian mobile number (6-9 first): " + mobile10);
        }
        if (templateId != null && !DIGITS.matcher(templateId).matches()) {
            throw new IllegalArgumentException("the DLT template id must be digits: " + templateId);
        }
        Map<Short, String> tlvs = new LinkedHashMap<>();
        String entityId = settings.entityId();
        if (entityId != null) {
            tlvs.put(settings.entityIdTag(), entityId);
        }
        if (templateId != null) {
            tlvs.put(settings.templateIdTag(), templateId);
        }
        tlvs.putAll(extraTlvs);
        OptionalParameter[] parameters = tlvs.entrySet().stream()
                .map(tlv -> new OptionalParameter.OctetString(tlv.getKey(), ascii(tlv.getValue())))
                .toArray(OptionalParameter[]::new);
        ESMClass esmClass = new ESMClass(sms.concatenated() ? 0x40 : 0); // UDHI: the part starts with its UDH
        List<String> ids = new ArrayList<>(sms.segments());
        for (byte[] part : sms.parts()) {
            ids.add(submitPart("91" + mobile10, sms.dataCoding(), esmClass, part, parameters));
        }
        return ids;
    }

    /** Unbinds (waiting up to the response timeout for unbind_resp) and closes the connection. */
    @Override
    public void close() {
        synchronized (connecting) {
            closed = true;
            SMPPSession current = session;
            session = null;
            if (current != null) {
                // if the SMSC drops the connection instead of answering unbind, stop waiting for unbind_resp
                WaitingSubmits.Waiting unbind = waiting.enter(current);
                try {
                    current.unbindAndClose();
                } finally {
                    unbind.finish();
                }
            }
        }
    }

    /** One part, retried while the SMSC throttles, for at most the throttle budget (30 s). */
    private String submitPart(
            String destination, byte dataCoding, ESMClass esmClass, byte[] part, OptionalParameter[] parameters)
            throws SmsException {
        long throttledSince = 0;
        boolean throttled = false;
        while (true) {
            try {
                pacer.awaitTurn();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SmsException(Kind.UNAVAILABLE, "interrupted while waiting to send", e);
            }
            String id = submitOnce(destination, dataCoding, esmClass, part, parameters);
            if (id != null) {
                pacer.accepted();
                return id;
            }
            long now = System.nanoTime();
            if (!throttled) {
                throttled = true;
                throttledSince = now;
            }
            long pause = pacer.throttled().toNanos();
            if (now + pause - throttledSince > throttleBudget.toNanos()) {
                throw new SmsException(
                        Kind.THROTTLED,
                        "the SMS gateway kept throttling for " + throttleBudget
                                + ": the message goes back to the queue");
            }
        }
    }

    /** The message id, or null when the SMSC answered "throttled" or "queue full". */
    private @Nullable String submitOnce(
            String destination, byte dataCoding, ESMClass esmClass, byte[] part, OptionalParameter[] parameters)
            throws SmsException {
        SMPPSession current = session;
        if (current == null || !current.getSessionState().isBound()) {
            String why = lastError;
            throw new SmsException(
                    Kind.UNAVAILABLE, "not connected to the SMS gateway" + (why == null ? "" : ": " + why));
        }
        try {
            window.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException(Kind.UNAVAILABLE, "interrupted while waiting for the window", e);
        }
        WaitingSubmits.Waiting call = waiting.enter(current);
        try {
            return current.submitShortMessage(
                            "",
                            TypeOfNumber.ALPHANUMERIC,
                            NumberingPlanIndicator.UNKNOWN,
                            settings.sender(),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            destination,
                            esmClass,
                            (byte) 0,
                            (byte) 0,
                            null,
                            null,
                            new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                            (byte) 0,
                            DataCodings.newInstance(dataCoding),
                            (byte) 0,
                            part,
                            parameters)
                    .getMessageId();
        } catch (NegativeResponseException e) {
            int status = e.getCommandStatus();
            if (status == SMPPConstant.STAT_ESME_RTHROTTLED || status == SMPPConstant.STAT_ESME_RMSGQFUL) {
                return null;
            }
            throw new SmsException(
                    Kind.REFUSED, "the SMS gateway refused the message: " + SmppStatus.describe(status), e);
        } catch (ResponseTimeoutException e) {
            if (call.cut()) {
                throw new SmsException(Kind.UNAVAILABLE, "the connection to the SMS gateway was lost", e).afterSubmit();
            }
            if (Thread.currentThread().isInterrupted()) { // the caller's interrupt: the session itself is fine
                throw new SmsException(Kind.UNAVAILABLE, "interrupted while waiting for the SMS gateway", e)
                        .afterSubmit();
            }
            throw lost(current, "the SMS gateway did not answer a submit_sm within " + settings.responseTimeout(), e)
                    .afterSubmit();
        } catch (IOException | InvalidResponseException e) {
            throw lost(current, "the connection to the SMS gateway failed: " + e.getMessage(), e)
                    .afterSubmit();
        } catch (PDUException e) {
            throw new SmsException(Kind.REFUSED, "the message cannot be put in a submit_sm: " + e.getMessage(), e);
        } finally {
            call.finish();
            window.release();
        }
    }

    /** Gives the session up (the next connect() binds a new one); the other threads waiting on it fail at once. */
    private SmsException lost(SMPPSession lostSession, String why, Exception cause) {
        if (lostSession.getSessionState() == SessionState.CLOSED) { // found closed: keep the first reason
            String first = lastError;
            return new SmsException(Kind.UNAVAILABLE, first == null ? why : first, cause);
        }
        lastError = why;
        lostSession.close();
        return new SmsException(Kind.UNAVAILABLE, why, cause);
    }

    /** Notes why a session ended; the threads waiting on a closed session fail at once. */
    private void stateChanged(SessionState newState, SessionState oldState, Session source) {
        if (newState == SessionState.UNBOUND && !closed) {
            lastError = "the SMS gateway ended the session (unbind)";
            log.warn("{}", lastError);
        }
        if (newState != SessionState.CLOSED) {
            return;
        }
        if (!closed && oldState.isBound()) {
            if (lastError == null) {
                lastError = "the connection to the SMS gateway was lost";
            }
            log.warn("SMS gateway session closed: {}", lastError);
        }
        waiting.closed(source);
    }

    /** TCP_NODELAY: a lone submit_sm must not wait for the delayed ACK of the previous one (40 ms). */
    private static Connection noDelayConnection(String host, int port, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return new SocketConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static byte[] ascii(String value) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException("a TLV value must be ASCII: " + value);
        }
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
