package app.haat.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        Arrays.sort(times);
        System.out.printf(
                "BENCH allocation.mall: 600 applications, 240 places: median %.1f ms, max %.1f ms, %d placed,"
                        + " %d waitlisted%n",
                times[10] / 1e6,
                times[20] / 1e6,
                result.placements().size(),
                result.waitlist().size());
        assertThat(times[10] / 1e6).isLessThan(30);

        // the state: 160 malls × 6 kiosks × 4 slots × 10 = 38,400 places; 68,000 applications (425 per mall)
        long start = System.nanoTime();
        int placed = 0;
        long maxHeap = 0;
        for (int m = 0; m < 160; m++) {
            AllocationInput input = AllocatorTest.randomInstance(1000 + m, 4, 6, 10, 425, 99 + m);
            placed += allocator.allocate(input).placements().size();
            maxHeap = Math.max(
                    maxHeap,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "BENCH allocation.state: 160 malls, 38,400 places, 68,000 applications: %.2f s, %d placed,"
                        + " heap used at most %d MB%n",
                seconds, placed, maxHeap >> 20);
        assertThat(seconds).isLessThan(2);
        assertThat(List.of(placed)).isNotEmpty();
    }

    /**
     * The public record: a replay of a one-mall run (read the recorded input and result as JSON, recompute, compare)
     * and {@code verify-draw} on a one-mall record in a new JVM, start included.
     */
    @Test
    void replayAndVerifyDrawOfOneMall() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        AllocationInput mall = AllocatorTest.randomInstance(42, 4, 6, 10, 600, 7);
        String input = json.writeValueAsString(DrawInput.of(mall));
        String result = json.writeValueAsString(DrawResult.of(allocator.allocate(mall)));
        long[] times = new long[21];
        for (int i = -20; i < times.length; i++) {
            long t = System.nanoTime();
            DrawResult recorded = json.readValue(result, DrawResult.class);
            List<String> differences = recorded.differences(
                    Engine.replay(Engine.VERSION, json.readValue(input, DrawInput.class), mall.seed()));
            assertThat(differences).isEmpty();
            if (i >= 0) {
                times[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(times);
        System.out.printf(
                "BENCH allocation.replay: one mall (600 applications, input %d KB): median %.1f ms, max %.1f" + " ms%n",
                input.length() >> 10, times[10] / 1e6, times[20] / 1e6);
        assertThat(times[10] / 1e6).isLessThan(100);

        Path file = Files.createTempFile("draw", ".json");
        Files.writeString(
                file,
                "{\"seedSha256\":\"" + DrawSeeds.commitment(mall.seed())
                        + "\",\"engineVersion\":\"" + Engine.VERSION + "\",\"runs\":[{\"runId\":1,\"seed\":"
                        + mall.seed()
                        + ",\"redraw\":0,\"engineVersion\":\"" + Engine.VERSION + "\",\"input\":" + input
                        + ",\"result\":" + result + "}]}");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            Process process = new ProcessBuilder(
                            javaBin,
                            "-cp",
                            System.getProperty("java.class.path"),
                            "app.haat.HaatApplication",
                            "verify-draw",
                            file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as(out).isZero();
            assertThat(out).contains("identical");
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf(
                "BENCH allocation.verifyDraw: one-mall record (%d KB) in a new JVM: best of 3 %.2f s%n",
                Files.size(file) >> 10, best / 1e9);
        assertThat(best / 1e9).isLessThan(3);
    }
}
