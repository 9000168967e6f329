package app.haat.core.startup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the portal may answer requests yet. The port opens before the start-up work is done (the first account,
 * demo data, the search index), so features register that work here while their beans are created, and the gate
 * opens only when Spring Boot is ready (migrations ran before the port opened, the runners have finished) and every
 * task is done. Until then {@link StartupGateFilter} answers 503 and the readiness probe says so; the liveness probe
 * answers from the moment the port opens.
 */
@Component
public class StartupGate implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupGate.class);
    private final ApplicationEventPublisher events;
    private final Set<Task> pending = ConcurrentHashMap.newKeySet();
    /** Spring Boot's own readiness: accepting after the runners, refusing again when shutdown begins. */
    private volatile boolean bootReady;

    private volatile boolean openedOnce;

    StartupGate(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Start-up work the portal must finish before it serves; call {@link Task#done()} when it has. */
    public final class Task {
        private final String name;

        private Task(String name) {
            this.name = name;
        }

        public void done() {
            if (pending.remove(this)) {
                log.debug("Start-up task done: {}", name);
                checkOpened();
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Registers work that must finish before the portal serves. Register while the bean is created (before the
     * application is ready); once the gate has opened, later work no longer closes it.
     */
    public Task register(String name) {
        Task task = new Task(name);
        if (!openedOnce) {
            pending.add(task);
        }
        return task;
    }

    /** True once start-up is complete, until shutdown begins (Spring Boot then refuses traffic again). */
    public boolean isOpen() {
        return bootReady && pending.isEmpty();
    }

    /** The work still running, for the log and the health details. */
    public List<String> waitingFor() {
        return pending.stream().map(Task::toString).sorted().toList();
    }

    /** Waits until the gate is open (tests, and callers that start the portal in-process). */
    public void awaitOpen(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isOpen()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "start-up did not finish in " + timeout + "; waiting for " + waitingFor());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for start-up", e);
            }
        }
    }

    /**
     * Every bean exists (migrations have run) and the web server starts next: from its first answer on, the
     * liveness probe says the process is alive. Spring Boot itself would say so only after its start-up listeners.
     */
    @Override
    public void afterSingletonsInstantiated() {
        AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
    }

    @EventListener
    void readiness(AvailabilityChangeEvent<ReadinessState> event) {
        bootReady = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
        if (bootReady) {
            if (!pending.isEmpty()) {
                log.info("Start-up: the portal answers 503 until these are done: {}", waitingFor());
            }
            checkOpened();
        }
    }

    private synchronized void checkOpened() {
        if (!openedOnce && isOpen()) {
            openedOnce = true;
            log.info(
                    "Ready: the portal serves requests ({} ms after the JVM started).",
                    ManagementFactory.getRuntimeMXBean().getUptime());
            events.publishEvent(new Opened());
        }
    }

    /** Published once, when the gate first opens. */
    public record Opened() {}
}
