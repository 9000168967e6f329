package app.haat.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search's evaluation: 330 realistic groups and two sets of (query, expected group) pairs written before the
 * matcher existed. The matcher was tuned on the tuning half only; the held-out half measures it. Reports recall@5 and
 * mean reciprocal rank per kind of query, and fails below recall@5 = 0.95.
 */
class SearchEvaluationTest {

    private static IndexSearcher searcher;
    private static final Map<Long, String> KEY_OF = new HashMap<>();

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Long> places = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchDocuments.analyzer()))) {
            long id = 0;
            for (CSVRecord row : read("eval-groups.csv")) {
                id++;
                KEY_OF.put(id, row.get("key"));
                long municipality = places.computeIfAbsent(row.get("municipality"), m -> (long) places.size() + 1);
                long district = places.computeIfAbsent("d:" + row.get("district"), d -> (long) places.size() + 1);
                writer.addDocument(SearchDocuments.group(new IndexedGroup(
                        id,
                        row.get("name"),
                        row.get("leader"),
                        "1",
                        municipality,
                        row.get("municipality"),
                        null,
                        district,
                        row.get("district"),
                        null,
                        GroupStatus.VERIFIED,
                        "NONE",
                        List.of(row.get("category")),
                        Arrays.stream(row.get("products").split(";"))
                                .map(String::strip)
                                .toList())));
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = new InputStreamReader(
                SearchEvaluationTest.class.getResourceAsStream("/search/" + file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    /** recall@5 and MRR over the file's queries, overall and per kind; prints the misses. */
    private static double[] evaluate(String file) throws IOException {
        Map<String, double[]> byKind = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (CSVRecord row : read(file)) {
            var answer = SearchEngine.search(searcher, row.get("query"), false, null, 5, null);
            int rank = 0;
            for (int i = 0; i < answer.hits().size(); i++) {
                long id = answer.hits()
                        .get(i)
                        .document()
                        .getField("id")
                        .numericValue()
                        .longValue();
                if (KEY_OF.get(id).equals(row.get("expected"))) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank == 0) {
                misses.add(row.get("kind") + ": " + row.get("query") + " → " + row.get("expected"));
            }
            for (String kind : List.of("all", row.get("kind"))) {
                double[] sums = byKind.computeIfAbsent(kind, k -> new double[3]);
                sums[0]++;
                sums[1] += rank > 0 ? 1 : 0;
                sums[2] += rank > 0 ? 1.0 / rank : 0;
            }
        }
        StringBuilder report = new StringBuilder(file + ":");
        byKind.forEach((kind, s) -> report.append(
                String.format(" %s n=%d recall@5=%.3f MRR=%.3f;", kind, (int) s[0], s[1] / s[0], s[2] / s[0])));
        System.out.println(report);
        misses.forEach(m -> System.out.println("  miss " + m));
        double[] all = byKind.get("all");
        return new double[] {all[1] / all[0], all[2] / all[0]};
    }

    @Test
    void theTuningHalfIsFoundInTheFirstFive() throws IOException {
        assertThat(evaluate("eval-queries-tuning.csv")[0]).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theHeldOutHalfIsFoundInTheFirstFive() throws IOException {
        assertThat(evaluate("eval-queries-heldout.csv")[0]).isGreaterThanOrEqualTo(0.95);
    }
}
