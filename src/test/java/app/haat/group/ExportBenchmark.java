package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.export.ExportFormat;
import app.haat.core.i18n.Translator;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export benchmark (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest='ExportBenchmark'
 * -Dbench.heap=384m}. Imports 100,000 groups, then exports the whole registry grid to CSV and to XLSX into a stream
 * that only counts bytes, timing the first byte and the whole file; a second run samples the live heap (after a full
 * collection every 200 ms). A file built in memory would show its first byte only at the end and a heap that grows
 * with the rows.
 */
@Tag("bench")
class ExportBenchmark extends IntegrationTest {

    static final int ROWS = Integer.getInteger("bench.exportRows", 100_000);

    @Autowired
    GroupImportService importer;

    @Autowired
    GroupExport export;

    @Autowired
    RegionService regions;

    @Autowired
    GroupRepository repository;

    @Autowired
    TestAccounts accounts;

    @Test
    void oneHundredThousandRowsStreamToCsvAndXlsx() {
        String admin = accounts.admin();
        ImportReport report = accounts.as(
                admin,
                () -> importer.importCsv(new GroupImportBenchmark.Rows(ROWS, regions.municipalities()), "bench"));
        assertThat(report.imported()).isEqualTo(ROWS);
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            long read;
            try (var rows = repository.stream(org.jooq.impl.DSL.noCondition(), List.of())) {
                read = rows.count();
            }
            System.out.printf(
                    "BENCH export.read: %d groups read in %.2f s, without writing%n",
                    read, (System.nanoTime() - t) / 1e9);
        }
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX)) {
            export(admin, format, false); // warm-up
            Counting timed = export(admin, format, false);
            // a second run measures the live heap: a full collection every 200 ms, so garbage does not count
            System.gc();
            long baseline = used();
            AtomicLong live = new AtomicLong(baseline);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(
                    () -> {
                        System.gc();
                        live.accumulateAndGet(used(), Math::max);
                    },
                    100,
                    200,
                    TimeUnit.MILLISECONDS);
            Counting measured = export(admin, format, true);
            sampler.shutdownNow();
            System.out.printf(
                    "BENCH export.%s: %d rows, %.1f MB in %.2f s (%.0f rows/s), first byte after %.0f ms;"
                            + " live heap %d MB before, at most %d MB while exporting (+%d MB)%n",
                    format.name().toLowerCase(),
                    timed.rows,
                    timed.bytes / 1e6,
                    timed.took / 1e9,
                    timed.rows / (timed.took / 1e9),
                    timed.firstByte / 1e6,
                    baseline >> 20,
                    live.get() >> 20,
                    (live.get() - baseline) >> 20);
            assertThat(timed.rows).isGreaterThanOrEqualTo(ROWS);
            assertThat(measured.rows).isEqualTo(timed.rows);
            assertThat(timed.firstByte).isLessThan(timed.took / 4);
            assertThat(live.get() - baseline).isLessThan(64L << 20);
        }
    }

    private Counting export(String admin, ExportFormat format, boolean quiet) {
        Counting out = new Counting();
        long start = System.nanoTime();
        out.start = start;
        out.rows = accounts.as(admin, () -> export.export(GroupFilter.ALL, List.of(), format, Translator.BENGALI, out));
        out.took = System.nanoTime() - start;
        return out;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Counts what is written, as a slow client would receive it, and when the first byte came. */
    private static final class Counting extends OutputStream {
        long bytes;
        long start;
        long firstByte;
        long took;
        long rows;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (bytes == 0 && len > 0) {
                firstByte = System.nanoTime() - start;
            }
            bytes += len;
        }
    }
}
