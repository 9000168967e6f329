package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registry benchmarks (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest='GroupImportBenchmark'}.
 * Imports 100,000 generated rows streamed from a generator (never a file in memory), then times the first page of
 * the officers' grid over all groups.
 */
@Tag("bench")
class GroupImportBenchmark extends IntegrationTest {

    static final int ROWS = Integer.getInteger("bench.importRows", 100_000);

    @Autowired
    GroupImportService importer;
    @Autowired
    GroupService groups;
    @Autowired
    RegionService regions;
    @Autowired
    TestAccounts accounts;

    @Test
    void importOneHundredThousandRowsThenPageTheGrid() {
        String admin = accounts.admin();
        List<Municipality> municipalities = regions.municipalities();
        AtomicLong maxHeap = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> maxHeap.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 100,
                TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        ImportReport report = accounts.as(admin, () -> importer.importCsv(new Rows(ROWS, municipalities), "bench"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        sampler.shutdownNow();
        System.out.printf("BENCH registry.import: %d rows, %d imported, %d rejected in %.1f s (%.0f rows/s),"
                        + " max heap used %d MB%n", ROWS, report.imported(), report.rejectedCount(),
                took.toMillis() / 1000.0, ROWS * 1000.0 / Math.max(1, took.toMillis()), maxHeap.get() >> 20);
        assertThat(report.imported()).isEqualTo(ROWS);

        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            accounts.as(admin, () -> {
                groups.count(GroupFilter.ALL);
                return groups.page(GroupFilter.ALL, 0, 50);
            });
            best = Math.min(best, System.nanoTime() - t);
        }
        long filtered = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            GroupFilter pending = new GroupFilter(GroupStatus.VERIFIED, "7", "FOOD", null);
            accounts.as(admin, () -> {
                groups.count(pending);
                return groups.page(pending, 0, 50);
            });
            filtered = Math.min(filtered, System.nanoTime() - t);
        }
        System.out.printf("BENCH registry.grid: first page (count + 50 rows) over %d groups: %.1f ms; filtered by"
                + " status, ward and category: %.1f ms (best of 20)%n", groups.countAll(), best / 1e6, filtered / 1e6);
        assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofMillis(100));
    }

    /** CSV rows generated on the fly: Bengali and Latin names, products, spread over all municipalities. */
    static final class Rows extends InputStream {
        private final int rows;
        private final List<Municipality> municipalities;
        private byte[] current = "name,municipality,ward,members,leader_name,phone,products,category\n"
                .getBytes(StandardCharsets.UTF_8);
        private int position;
        private int row;

        Rows(int rows, List<Municipality> municipalities) {
            this.rows = rows;
            this.municipalities = municipalities;
        }

        @Override
        public int read() throws IOException {
            if (position >= current.length) {
                if (row >= rows) {
                    return -1;
                }
                Municipality m = municipalities.get(row % municipalities.size());
                String name = row % 2 == 0 ? "মা সারদা স্বনির্ভর গোষ্ঠী " + row : "Nari Shakti Mahila SHG " + row;
                String line = name + "," + (row % 3 == 0 ? m.nameBn() : m.nameEn()) + "," + (1 + row % 30) + ","
                        + (10 + row % 10) + ",Leader " + row + "," + (6_000_000_000L + row) + ",kantha;jamdani;bori,"
                        + (row % 2 == 0 ? "food" : "handloom") + "\n";
                current = line.getBytes(StandardCharsets.UTF_8);
                position = 0;
                row++;
            }
            return current[position++] & 0xff;
        }
    }
}
