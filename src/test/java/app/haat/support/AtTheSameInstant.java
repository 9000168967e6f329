package app.haat.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.api.ConflictException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same creation from several threads released together; answers how many succeeded. */
public final class AtTheSameInstant {

    private AtTheSameInstant() {}

    /** Every attempt must either succeed or be refused with a ConflictException; anything else fails the test. */
    public static long successes(int threads, Callable<?> creation) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> attempt = () -> {
            start.await();
            try {
                return creation.call();
            } catch (ConflictException e) {
                return e;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = Collections.nCopies(threads, attempt).stream()
                    .map(pool::submit)
                    .toList();
            start.countDown();
            long succeeded = 0;
            for (Future<Object> result : results) {
                Object value = result.get();
                if (value instanceof ConflictException) {
                    continue;
                }
                assertThat(value).isNotNull();
                succeeded++;
            }
            return succeeded;
        } finally {
            pool.shutdown();
        }
    }
}
