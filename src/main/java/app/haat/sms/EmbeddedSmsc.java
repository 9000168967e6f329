package app.haat.sms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMPP 3.4 server on loopback (jsmpp's {@link SMPPServerSessionListener}) that plays the operator's SMSC for
 * the demo and the tests: it checks the sign-in, answers submit_sm with fresh message ids, joins concatenated parts,
 * keeps what it received and sends a delivery receipt for each part. Its knobs play an SMSC's bad days: throttling,
 * never answering, a crash.
 */
public final class EmbeddedSmsc implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmsc.class);
    static final String SMSC_SYSTEM_ID = "haat-smsc";
    private static final long BIND_WAIT_MILLIS = 5_000;

    /** A message as the SMSC received it: the text of all its parts joined, the TLVs as ASCII. */
    public record ReceivedSms(
            String destination,
            String source,
            String text,
            byte dataCoding,
            int segments,
            List<String> messageIds,
            @Nullable String templateId,
            @Nullable String entityId,
            Map<Short, String> tlvs,
            Instant receivedAt) {

        public ReceivedSms {
            messageIds = List.copyOf(messageIds);
            tlvs = Map.copyOf(tlvs);
        }
    }

    private final String systemId;
    private final String password;
    private final SmscSubmits submits = new SmscSubmits();
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final ExecutorService binds = Executors.newCachedThreadPool(daemon("smsc-bind"));
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(daemon("smsc-receipts"));
    private final SmscReceipts receipts = new SmscReceipts(later);
    private final Object lifecycle = new Object();
    private volatile int port;
    private volatile @Nullable SMPPServerSessionListener listener;
    private @Nullable Thread acceptor; // guarded by lifecycle

    private EmbeddedSmsc(String systemId, String password) {
        this.systemId = systemId;
        this.password = password;
    }

    /** Listens on 127.0.0.1:{@code port} (0: a free port, see {@link #port()}) for this one account. */
    public static EmbeddedSmsc start(int port, String systemId, String password) throws IOException {
        EmbeddedSmsc smsc = new EmbeddedSmsc(
                Objects.requireNonNull(systemId, "systemId"), Objects.requireNonNull(password, "password"));
        smsc.port = port;
        smsc.restart();
        log.info("Embedded SMSC listening on 127.0.0.1:{} for system id {}", smsc.port, systemId);
        return smsc;
    }

    public int port() {
        return port;
    }

    /** Every complete message received since the start (or {@link #clear()}), oldest first. */
    public List<ReceivedSms> received() {
        return submits.received();
    }

    /** submit_sm PDUs received, including the ones answered "throttled" or never answered. */
    public int submitCount() {
        return submits.submitCount();
    }

    /** The most submit_sm that were waiting for their answer at once. */
    public int maxOutstanding() {
        return submits.maxOutstanding();
    }

    /** The receipt state for each destination (e.g. UNDELIV for one number); DELIVRD by default. */
    public EmbeddedSmsc receiptState(Function<String, String> stateByDestination) {
        receipts.stateByDestination = Objects.requireNonNull(stateByDestination);
        return this;
    }

    public EmbeddedSmsc receiptsEnabled(boolean enabled) {
        receipts.enabled = enabled;
        return this;
    }

    /** Answers the next {@code n} submit_sm with ESME_RTHROTTLED. */
    public EmbeddedSmsc throttleNext(int n) {
        submits.throttleNext.set(n);
        return this;
    }

    /** While on, submit_sm are taken but never answered (until turned off or the connection ends). */
    public EmbeddedSmsc stall(boolean on) {
        submits.stall(on);
        return this;
    }

    /** Waits this long before answering each submit_sm, as a busy SMSC does (zero by default). */
    public EmbeddedSmsc responseDelay(Duration delay) {
        submits.responseDelay = Objects.requireNonNull(delay);
        return this;
    }

    /** Forgets what was received and the counters. */
    public void clear() {
        submits.clear();
    }

    /** Stops listening and drops every connection at once, without unbind: a crash or a cut cable. */
    public void stop() {
        synchronized (lifecycle) {
            SMPPServerSessionListener current = listener;
            listener = null;
            if (current != null) {
                try {
                    current.close();
                } catch (IOException e) {
                    log.debug("Closing the SMSC listener", e);
                }
            }
            // The JDK closes a listening socket only when the thread blocked in accept() has left it; until then
            // the kernel still completes connections. Wait for that, so the port is really closed when stop returns.
            Thread accepting = acceptor;
            acceptor = null;
            if (accepting != null) {
                try {
                    accepting.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            for (SMPPServerSession session : sessions) {
                session.close();
            }
            sessions.clear();
            submits.stall(submits.stalled()); // wake stalled submits: their session is gone
        }
    }

    /** Listens again on the same port, keeping what was received. */
    public void restart() throws IOException {
        synchronized (lifecycle) {
            if (binds.isShutdown()) {
                throw new IllegalStateException("the embedded SMSC was closed");
            }
            if (listener != null) {
                return;
            }
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true); // the port of a stopped SMSC is taken again at once
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            port = socket.getLocalPort();
            SMPPServerSessionListener fresh = new SMPPServerSessionListener(port, new LoopbackServer(socket));
            // more PDU threads than any client window, so maxOutstanding sees every waiting submit_sm
            fresh.setPduProcessorDegree(16);
            fresh.setMessageReceiverListener(submits);
            fresh.setResponseDeliveryListener(receipts);
            fresh.setSessionStateListener((newState, oldState, source) -> {
                if (newState == SessionState.CLOSED) {
                    sessions.remove(source);
                }
            });
            listener = fresh;
            Thread accepting = new Thread(() -> acceptLoop(fresh), "smsc-accept-" + port);
            accepting.setDaemon(true);
            acceptor = accepting;
            accepting.start();
        }
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            stop();
            binds.shutdownNow();
            later.shutdownNow();
        }
    }

    private void acceptLoop(SMPPServerSessionListener from) {
        while (listener == from) {
            try {
                SMPPServerSession session = from.accept();
                if (listener != from) { // accepted while stopping
                    session.close();
                    return;
                }
                sessions.add(session);
                binds.execute(() -> bind(session));
            } catch (IOException e) {
                if (listener == from) {
                    log.warn("Embedded SMSC: accepting a connection failed", e);
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(BIND_WAIT_MILLIS);
            if (request.getBindType() == BindType.BIND_RX) {
                request.reject(SMPPConstant.STAT_ESME_RBINDFAIL); // receipts go back on the sending session
            } else if (systemId.equals(request.getSystemId()) && password.equals(request.getPassword())) {
                request.accept(SMSC_SYSTEM_ID);
                return;
            } else {
                log.info("Embedded SMSC: refused the sign-in of system id {}", request.getSystemId());
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
            later.schedule(session::close, 1, TimeUnit.SECONDS); // after the client has read the refusal
        } catch (TimeoutException | IOException | PDUStringException | IllegalStateException e) {
            log.debug("Embedded SMSC: no bind", e);
            session.close();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The listener's socket, bound to loopback by us; accepted connections get TCP_NODELAY. */
    private record LoopbackServer(ServerSocket socket) implements ServerConnectionFactory {

        @Override
        public ServerConnection listen(int port) {
            return new ServerConnection() {
                @Override
                public Connection accept() throws IOException {
                    Socket accepted = socket.accept();
                    accepted.setTcpNoDelay(true);
                    return new SocketConnection(accepted);
                }

                @Override
                public void setSoTimeout(int timeout) throws IOException {
                    socket.setSoTimeout(timeout);
                }

                @Override
                public int getSoTimeout() throws IOException {
                    return socket.getSoTimeout();
                }

                @Override
                public void close() throws IOException {
                    socket.close();
                }
            };
        }

        @Override
        public ServerConnection listen(int port, int timeout) {
            return listen(port);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) {
            return listen(port);
        }
    }
}
