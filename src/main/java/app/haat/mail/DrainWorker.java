package app.haat.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dispatcher's own thread: one drain of the outbox at a time, and wake-ups while one is pending collapse into one
 * (a burst of queued messages asks for one run, not one per message).
 */
final class DrainWorker {

    private static final Logger log = LoggerFactory.getLogger(DrainWorker.class);

    private final ExecutorService worker;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final String name;

    DrainWorker(String name) {
        this.name = name;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the drain soon on this worker's thread, unless one is already waiting to run. */
    void wake(Runnable drain) {
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(() -> {
                scheduled.set(false);
                try {
                    drain.run();
                } catch (RuntimeException e) {
                    log.error("{} run failed; it runs again at the next poll", name, e);
                }
            });
        }
    }

    void stop() {
        worker.shutdownNow();
    }
}
