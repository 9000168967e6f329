package app.haat.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Allocation speed (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest='AllocationBenchmark'}.
 * The engine alone, no database: one mall exhibition, and a state-wide round of 160 malls.
 */
@Tag("bench")
class AllocationBenchmark {

    private final Allocator allocator = new Allocator();

    @Test
    void oneMallAndAStateWideRound() {
        // one mall: 6 kiosks, 4 weekly slots, 10 groups per kiosk-slot, 600 applications
        AllocationInput mall = AllocatorTest.randomInstance(42, 4, 6, 10, 600, 7);
        for (int i = 0; i < 20; i++) {
            allocator.allocate(mall); // warm-up
        }
        long[] times = new long[21];
        AllocationResult result = null;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            result = allocator.allocate(mall);
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        System.out.printf("BENCH allocation.mall: 600 applications, 240 places: median %.1f ms, max %.1f ms, %d placed,"
                + " %d waitlisted%n", times[10] / 1e6, times[20] / 1e6, result.placements().size(),
                result.waitlist().size());
        assertThat(times[10] / 1e6).isLessThan(100);

        // the state: 160 malls × 6 kiosks × 4 slots × 10 = 38,400 places; 68,000 applications (425 per mall)
        long start = System.nanoTime();
        int placed = 0;
        long maxHeap = 0;
        for (int m = 0; m < 160; m++) {
            AllocationInput input = AllocatorTest.randomInstance(1000 + m, 4, 6, 10, 425, 99 + m);
            placed += allocator.allocate(input).placements().size();
            maxHeap = Math.max(maxHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH allocation.state: 160 malls, 38,400 places, 68,000 applications: %.2f s, %d placed,"
                + " heap used at most %d MB%n", seconds, placed, maxHeap >> 20);
        assertThat(seconds).isLessThan(10);
        assertThat(List.of(placed)).isNotEmpty();
    }
}
