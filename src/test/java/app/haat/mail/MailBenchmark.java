package app.haat.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.FreePorts;
import app.haat.support.IntegrationTest;
import app.haat.support.SmtpSink;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmarks of the mail issue (not part of ./mvnw verify): run with {@code ./mvnw -Ddev -Pbench test}.
 * 1. 10,000 assignment messages, each with its .ics and PDF letter, delivered to a local SMTP server (GreenMail).
 * 2. 100,000 queued messages (after an outage) drained in batches, heap watched.
 */
@Tag("bench")
@TestPropertySource(
        properties = {"spring.mail.host=127.0.0.1", "haat.mail.poll-interval=PT1H", "haat.mail.wake-on-commit=false"})
class MailBenchmark extends IntegrationTest {

    static final int PORT = FreePorts.any();
    static final int ASSIGNMENTS = Integer.getInteger("bench.assignments", 10_000);
    static final int QUEUED = Integer.getInteger("bench.queued", 100_000);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    TransactionTemplate transaction;

    private void enqueue(int count, MessageType type) {
        Map<String, Object> bn = MessageSamples.of(type, "bn");
        Map<String, Object> en = MessageSamples.of(type, "en");
        for (int done = 0; done < count; done += 1000) {
            int start = done;
            transaction.executeWithoutResult(status -> {
                for (int i = start; i < Math.min(count, start + 1000); i++) {
                    outbox.enqueue(
                            type, "group" + i + "@bench.example", i % 3 == 0 ? "en" : "bn", i % 3 == 0 ? en : bn);
                }
            });
        }
    }

    /**
     * Delivered to a real SMTP server on loopback that only counts (SmtpSink): GreenMail keeps every message in
     * memory and slows down as its store grows (about 18 messages/s at 10,000), so it would measure itself, not Haat.
     * The content of these messages is checked against GreenMail in MailDeliveryTest.
     */
    @Test
    void tenThousandAssignmentsWithAttachments() throws Exception {
        try (SmtpSink smtp = new SmtpSink(PORT)) {
            enqueue(ASSIGNMENTS, MessageType.ASSIGNMENT);
            long start = System.nanoTime();
            int sent = dispatcher.drain();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            long received = smtp.messages();
            assertThat(sent)
                    .as("the benchmark's drain sent all; the background dispatcher is idle")
                    .isEqualTo(ASSIGNMENTS);
            System.out.printf(
                    "BENCH mail.assignments: %d sent with .ics and PDF, %d accepted by the SMTP server in"
                            + " %.1f s (%.0f msg/s, %d KB per message)%n",
                    sent,
                    received,
                    took.toMillis() / 1000.0,
                    sent * 1000.0 / Math.max(1, took.toMillis()),
                    smtp.bytes() / Math.max(1, received) / 1024);
            assertThat(received).isEqualTo(ASSIGNMENTS);
            assertThat(took).isLessThan(Duration.ofSeconds(60));
        }
    }

    @Test
    void oneHundredThousandQueuedMessagesDrainInBoundedMemory() throws Exception {
        try (SmtpSink sink = new SmtpSink(PORT)) {
            enqueue(QUEUED, MessageType.PASSWORD_RESET);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong maxHeap = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(
                    () -> maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0,
                    100,
                    TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            int sent = dispatcher.drain();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            sampler.shutdownNow();
            System.out.printf(
                    "BENCH mail.drain: %d sent, %d accepted by the SMTP sink in %.1f s (%.0f msg/s),"
                            + " max heap used %d MB of %d MB%n",
                    sent,
                    sink.messages(),
                    took.toMillis() / 1000.0,
                    sent * 1000.0 / Math.max(1, took.toMillis()),
                    maxHeap.get() >> 20,
                    memory.getHeapMemoryUsage().getMax() >> 20);
            assertThat(sink.messages()).isEqualTo(QUEUED);
        }
    }
}
