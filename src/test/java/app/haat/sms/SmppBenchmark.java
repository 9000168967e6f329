package app.haat.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark of the SMS issue (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest=SmppBenchmark}.
 * 20,000 one-segment Bengali messages through one gateway (window 10) from 10 threads to the embedded SMSC on
 * loopback, delivery receipts on; the target is 300 submit_sm/s sustained.
 */
@Tag("bench")
class SmppBenchmark {

    static final int MESSAGES = Integer.getInteger("bench.sms", 20_000);
    static final int THREADS = 10;
    static final String TEXT = "আপনার স্টল বরাদ্দ হয়েছে: মেলা ১২ ডিসেম্বর, কিয়স্ক ৪। হাট"; // ~60 chars, one UCS-2 SMS

    @Test
    void twentyThousandBengaliMessages() throws Exception {
        assertThat(SmsEncoding.segments(TEXT)).isEqualTo(1);
        AtomicInteger receipts = new AtomicInteger();
        try (EmbeddedSmsc smsc = EmbeddedSmsc.start(0, "haat", "secret12");
                SmppGateway gateway = new SmppGateway(
                        SmppSettings.defaults("127.0.0.1", smsc.port(), "haat", "secret12", "HAATWB")
                                .withEntityId("1201159876543210987"),
                        receipt -> receipts.incrementAndGet())) {
            gateway.connect();
            send(gateway, 1_000); // warm-up: JIT, thread pools
            await().atMost(Duration.ofSeconds(30)).until(() -> receipts.get() >= 1_000);
            smsc.clear();
            receipts.set(0);

            long start = System.nanoTime();
            send(gateway, MESSAGES);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = MESSAGES / seconds;
            await().atMost(Duration.ofSeconds(60)).until(() -> receipts.get() >= MESSAGES);
            double withReceipts = (System.nanoTime() - start) / 1e9;

            System.out.printf(
                    "SMPP: %,d Bengali messages (1 UCS-2 segment each) in %.2f s = %.0f submit_sm/s "
                            + "(window 10, %d threads); all %,d receipts back after %.2f s; max outstanding %d%n",
                    MESSAGES, seconds, rate, THREADS, receipts.get(), withReceipts, smsc.maxOutstanding());
            assertThat(smsc.submitCount()).isEqualTo(MESSAGES);
            assertThat(smsc.received()).hasSize(MESSAGES);
            assertThat(smsc.maxOutstanding()).isLessThanOrEqualTo(10);
            assertThat(rate).as("submit_sm per second").isGreaterThanOrEqualTo(300);
        }
    }

    private static void send(SmppGateway gateway, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String mobile = String.valueOf(9_000_000_000L + i);
                    gateway.submit(mobile, SmsEncoding.encode(TEXT, i), "1107161234567890123", Map.of());
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }
}
