package app.haat.sms;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * The threads waiting in jsmpp for a submit_sm_resp (or unbind_resp). jsmpp leaves them waiting until their response
 * timeout even after the connection is gone; when a session closes, its waiting threads are interrupted so that they
 * fail now.
 */
final class WaitingSubmits {

    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();

    /** One thread's request on one session; {@link #finish()} it in a finally block. */
    final class Waiting {
        private final Thread thread = Thread.currentThread();
        private final SMPPSession session;
        private boolean done;
        private boolean cut;

        private Waiting(SMPPSession session) {
            this.session = session;
        }

        private synchronized void interrupt() {
            if (!done) {
                cut = true;
                thread.interrupt();
            }
        }

        /** Whether it was interrupted because its session closed. */
        synchronized boolean cut() {
            return cut;
        }

        /** Clears our own interrupt, never the caller's. */
        void finish() {
            synchronized (this) {
                done = true;
                if (cut) {
                    Thread.interrupted();
                }
            }
            waiting.remove(this);
        }
    }

    Waiting enter(SMPPSession session) {
        Waiting entry = new Waiting(session);
        waiting.add(entry);
        return entry;
    }

    void closed(Session session) {
        for (Waiting entry : waiting) {
            if (entry.session == session) {
                entry.interrupt();
            }
        }
    }
}
