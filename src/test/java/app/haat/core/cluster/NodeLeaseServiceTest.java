package app.haat.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lease held by one node at a time: taken, renewed by its holder, refused to others, taken over once it lapses. */
class NodeLeaseServiceTest extends IntegrationTest {

    @Autowired
    NodeLeaseService leases;

    @Test
    void oneNodeHoldsALeaseUntilItLapsesThenAnotherTakesIt() throws Exception {
        String name = unique("smpp:test@");
        assertThat(leases.hold(name, "node-a", Duration.ofMillis(600))).isTrue();
        assertThat(leases.hold(name, "node-b", Duration.ofMillis(600))).isFalse();
        assertThat(leases.hold(name, "node-a", Duration.ofMillis(600)))
                .as("renewed")
                .isTrue();
        Thread.sleep(800);
        assertThat(leases.hold(name, "node-b", Duration.ofSeconds(30)))
                .as("lapsed, so taken over")
                .isTrue();
        assertThat(leases.hold(name, "node-a", Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void nodesAskingAtTheSameInstantGetItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = unique("race@");
            int nodes = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < nodes; i++) {
                    String node = "node-" + i;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return leases.hold(name, node, Duration.ofSeconds(30));
                    }));
                }
                start.countDown();
                int held = 0;
                for (Future<Boolean> answer : answers) {
                    held += answer.get() ? 1 : 0;
                }
                assertThat(held).as("round " + round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
