package app.haat.sms;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * When the next submit_sm may go: at most {@code ratePerSecond} (evenly spaced, no bursts), and not during a pause
 * after the SMSC answered "throttled". The pause is shared by every sending thread, so the whole gateway slows down,
 * and grows (100 ms doubling up to 5 s) only while the SMSC keeps throttling after a pause has ended.
 */
final class SubmitPacer {

    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final long intervalNanos;
    private long nextSlot;
    private long pausedUntil;
    private int throttledInARow;

    SubmitPacer(double ratePerSecond) {
        this.intervalNanos = ratePerSecond > 0 ? (long) (1_000_000_000L / ratePerSecond) : 0;
        this.nextSlot = System.nanoTime();
        this.pausedUntil = nextSlot;
    }

    /** Blocks until this submit_sm may be sent. */
    void awaitTurn() throws InterruptedException {
        long wakeAt;
        synchronized (this) {
            long now = System.nanoTime();
            wakeAt = after(now, pausedUntil);
            if (intervalNanos > 0) {
                wakeAt = after(wakeAt, nextSlot);
                nextSlot = wakeAt + intervalNanos;
            }
        }
        long wait = wakeAt - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** The SMSC throttled a submit_sm: pause everyone; returns how long from now. */
    synchronized Duration throttled() {
        long now = System.nanoTime();
        if (now - pausedUntil >= 0) { // answers to PDUs sent before the current pause do not lengthen it
            long pause = Math.min(FIRST_PAUSE.toNanos() << Math.min(throttledInARow, 16), LONGEST_PAUSE.toNanos());
            throttledInARow++;
            pausedUntil = now + pause;
        }
        return Duration.ofNanos(pausedUntil - now);
    }

    synchronized void accepted() {
        throttledInARow = 0;
    }

    /** The later of two System.nanoTime() values (which may wrap: compare the difference). */
    private static long after(long a, long b) {
        return a - b >= 0 ? a : b;
    }
}
