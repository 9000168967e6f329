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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
        sampler.scheduleAtFixedRate(
                () -> maxHeap.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                0,
                100,
                TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        ImportReport report = accounts.as(admin, () -> importer.importCsv(new Rows(ROWS, municipalities), "bench"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        sampler.shutdownNow();
        System.out.printf(
                "BENCH registry.import: %d rows, %d imported, %d rejected in %.1f s (%.0f rows/s),"
                        + " max heap used %d MB%n",
                ROWS,
                report.imported(),
                report.rejectedCount(),
                took.toMillis() / 1000.0,
                ROWS * 1000.0 / Math.max(1, took.toMillis()),
                maxHeap.get() >> 20);
        assertThat(report.imported()).isEqualTo(ROWS);

        long best = medianOf(admin, () -> {
            groups.count(GroupFilter.ALL);
            groups.page(GroupFilter.ALL, 0, 50);
        });
        GroupFilter narrow = new GroupFilter(GroupStatus.VERIFIED, "7", "FOOD", null);
        long filtered = medianOf(admin, () -> {
            groups.count(narrow);
            groups.page(narrow, 0, 50);
        });
        long byName = medianOf(
                admin, () -> groups.page(GroupFilter.ALL, 0, 50, List.of(new GroupSort(GroupSort.Column.NAME, true))));
        GroupFilter notReady = new GroupFilter(null, null, null, null, GroupFilter.ReadinessLevel.NONE, false);
        long readiness = medianOf(admin, () -> {
            groups.count(notReady);
            groups.page(notReady, 0, 50);
        });
        long perMunicipality = medianOf(admin, groups::readinessByMunicipality);
        System.out.printf(
                "BENCH registry.grid over %d groups (median of 20, no result cache): first page (count + 50 rows) %.1f ms;"
                        + " filtered by status, ward and category %.1f ms; sorted by name %.1f ms; filtered by"
                        + " readiness (count + page) %.1f ms; readiness per municipality %.1f ms%n",
                groups.countAll(), best / 1e6, filtered / 1e6, byName / 1e6, readiness / 1e6, perMunicipality / 1e6);
        assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofMillis(100));
    }

    /**
     * H2 re-uses the result of an identical query over unchanged tables; the benchmark turns that off, or repeated
     * runs would measure the cache rather than the query.
     */
    @DynamicPropertySource
    static void withoutResultReuse(DynamicPropertyRegistry registry) {
        if (!onPostgres()) {
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:file:" + DATA_DIR + "/db/haat;DB_CLOSE_ON_EXIT=FALSE;"
                            + "LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE");
        }
    }

    /** The median of 20 runs after 3 warm-up runs (JIT, connection pool). */
    private long medianOf(String user, Runnable work) {
        long[] times = new long[20];
        for (int i = -3; i < times.length; i++) {
            long t = System.nanoTime();
            accounts.as(user, work);
            if (i >= 0) {
                times[i] = System.nanoTime() - t;
            }
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    /** CSV rows generated on the fly: Bengali and Latin names, products, spread over all municipalities. */
    static final class Rows extends InputStream {
        private final int rows;
        private final List<Municipality> municipalities;
        private byte[] current =
                "name,municipality,ward,members,leader_name,phone,products,category\n".getBytes(StandardCharsets.UTF_8);
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
