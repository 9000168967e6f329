package app.haat.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search speed (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest='SearchBenchmark'}
 * ({@code -Dbench.searchDocs=N}, default 1,000,000). Generates realistic groups (Bengali and Latin names, products),
 * builds the index on disk, runs 1,000 mixed queries (exact, cross-script, typo, faceted) with facet counts, and
 * times SQL {@code LIKE '%q%'} on the same rows in H2 for comparison.
 */
@Tag("bench")
class SearchBenchmark {

    // each word in Bengali script and two ways people type it
    private static final String[][] WORDS = {
        {"মা", "maa", "ma"},
        {"সারদা", "sarada", "sharoda"},
        {"তারা", "tara", "taara"},
        {"কালী", "kali", "kaali"},
        {"দুর্গা", "durga", "dorga"},
        {"লক্ষ্মী", "lakshmi", "laxmi"},
        {"অন্নপূর্ণা", "annapurna", "anapurna"},
        {"মনসা", "manasa", "mansa"},
        {"সন্তোষী", "santoshi", "santosi"},
        {"প্রগতি", "pragati", "progoti"},
        {"উন্নয়ন", "unnayan", "unnoyon"},
        {"একতা", "ekata", "ekota"},
        {"সবুজ", "sabuj", "sobuj"},
        {"আলো", "alo", "aalo"},
        {"দিশা", "disha", "disa"},
        {"জাগরণ", "jagaran", "jagoron"},
        {"সাথী", "sathi", "saathi"},
        {"সোনার", "sonar", "shonar"},
        {"বাংলা", "bangla", "bongla"},
        {"মুক্তি", "mukti", "mukthi"},
        {"স্বপ্ন", "swapna", "sapna"},
        {"নবদিগন্ত", "nabadiganta", "nobodiganto"},
        {"রূপসী", "rupasi", "ruposhi"},
        {"আনন্দ", "ananda", "anondo"},
        {"মিলন", "milan", "milon"},
        {"শক্তি", "shakti", "sakti"},
        {"জয়", "joy", "jai"},
        {"বিশ্বাস", "biswas", "bishwas"},
        {"আশা", "asha", "aasha"},
        {"ভরসা", "bharsa", "bhorosa"},
        {"উষা", "usha", "ushaa"},
        {"তারিণী", "tarini", "tarini"},
        {"গঙ্গা", "ganga", "gonga"},
        {"যমুনা", "jamuna", "yamuna"}
    };
    private static final String[][] SUFFIXES = {
        {"স্বনির্ভর গোষ্ঠী", "swanirbhar gosthi", "sanirvar goshthi"},
        {"মহিলা সমিতি", "mahila samiti", "mohila somity"},
        {"স্বয়ম্ভর দল", "swayambhar dal", "soyombhor dol"},
        {"সংঘ", "sangha", "songho"},
        {"এসএইচজি", "shg", "self help group"}
    };
    private static final String[] PRODUCTS = {
        "kantha stitch saree",
        "jamdani saree",
        "dokra",
        "madur",
        "sital pati",
        "jute bag",
        "terracotta",
        "shola pith",
        "shankha",
        "bori",
        "papad",
        "achar",
        "nakshi kantha",
        "batik",
        "কাঁথা স্টিচ শাড়ি",
        "জামদানি",
        "ডোকরা",
        "মাদুর",
        "শীতলপাটি",
        "পাটের ব্যাগ",
        "টেরাকোটা",
        "বড়ি",
        "আচার",
        "মধু"
    };
    private static final String[] LEADERS = {
        "Rina Das",
        "Mousumi Ghosh",
        "শিপ্রা মন্ডল",
        "সুলতানা বিবি",
        "Tumpa Saha",
        "মিতা বাগ",
        "Sabita Pal",
        "Jharna Mondal",
        "রুমা দাস",
        "Anjali Sarkar"
    };

    private record Group(
            String name,
            String romanized,
            String typo,
            String leader,
            String products,
            int municipality,
            int district) {}

    private static Group group(Random random, int i) {
        int a = random.nextInt(WORDS.length);
        int b = random.nextInt(WORDS.length);
        int s = random.nextInt(SUFFIXES.length);
        int script = random.nextInt(3); // 0 Bengali script, 1 and 2 two romanisations
        String name = WORDS[a][script] + " " + WORDS[b][script] + " " + SUFFIXES[s][script];
        String other = script == 0
                ? WORDS[a][1 + random.nextInt(2)] + " " + WORDS[b][1 + random.nextInt(2)]
                : WORDS[a][0] + " " + WORDS[b][0];
        String typo = typo(random, WORDS[a][1]) + " " + WORDS[b][1];
        String products = PRODUCTS[random.nextInt(PRODUCTS.length)] + ";" + PRODUCTS[random.nextInt(PRODUCTS.length)];
        int municipality = random.nextInt(127);
        return new Group(
                name + (i % 7 == 0 ? " " + (i % 1000) : ""),
                other,
                typo,
                LEADERS[random.nextInt(LEADERS.length)],
                products,
                municipality,
                municipality % 23);
    }

    private static String typo(Random random, String word) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1); // a letter dropped
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at); // a letter doubled
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    private static IndexedGroup indexed(long id, Group g) {
        return new IndexedGroup(
                id,
                g.name(),
                g.leader(),
                String.valueOf(id % 30),
                g.municipality(),
                "Municipality " + g.municipality(),
                null,
                g.district(),
                "District " + g.district(),
                null,
                id % 5 == 0 ? GroupStatus.PENDING : GroupStatus.VERIFIED,
                id % 6 == 0 ? "NONE" : id % 6 == 5 ? "READY" : "PARTLY",
                List.of(id % 2 == 0 ? "HANDLOOM" : "CRAFT"),
                Arrays.asList(g.products().split(";")));
    }

    @Test
    void aMillionGroups() throws Exception {
        int count = Integer.getInteger("bench.searchDocs", 1_000_000);
        Path dir = Path.of("target", "bench-search");
        deleteTree(dir);
        Random random = new Random(7);
        List<Group> groups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            groups.add(group(random, i));
        }

        // index build on both cores
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(
                        directory, new IndexWriterConfig(SearchDocuments.analyzer()).setRAMBufferSizeMB(256))) {
            int threads = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        writer.addDocument(SearchDocuments.group(indexed(i + 1, groups.get(i))));
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            pool.shutdown();
            writer.forceMerge(1);
            writer.commit();
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        System.out.printf(
                "BENCH search.build: %,d documents in %.1f s = %,.0f documents/s; index %.0f MB%n",
                count, buildSeconds, count / buildSeconds, bytes / 1e6);

        // 1,000 mixed queries: exact, cross-script, typo, faceted (250 each)
        List<String[]> queries = new ArrayList<>();
        Random pick = new Random(11);
        for (int i = 0; i < 1000; i++) {
            Group g = groups.get(pick.nextInt(count));
            switch (i % 4) {
                case 0 -> queries.add(new String[] {g.name(), null});
                case 1 -> queries.add(new String[] {g.romanized(), null});
                case 2 -> queries.add(new String[] {g.typo(), null});
                default -> queries.add(new String[] {g.romanized(), String.valueOf(g.district())});
            }
        }
        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = SearchEngine.facetState(reader);
            for (int i = 0; i < 300; i++) { // warm-up
                run(searcher, facets, queries.get(i));
            }
            long[] times = new long[queries.size()];
            long[][] byKind = new long[4][queries.size() / 4];
            long found = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                found += run(searcher, facets, queries.get(i)).hits().isEmpty() ? 0 : 1;
                times[i] = System.nanoTime() - t;
                byKind[i % 4][i / 4] = times[i];
            }
            String[] kinds = {"exact", "cross-script", "typo", "faceted"};
            for (int k = 0; k < 4; k++) {
                Arrays.sort(byKind[k]);
                System.out.printf(
                        "BENCH search.query.%s: p50 %.2f ms, p99 %.2f ms%n",
                        kinds[k],
                        byKind[k][byKind[k].length / 2] / 1e6,
                        byKind[k][(int) (byKind[k].length * 0.99)] / 1e6);
            }
            Arrays.sort(times);
            double p50 = times[times.length / 2] / 1e6;
            double p99 = times[(int) (times.length * 0.99)] / 1e6;
            System.out.printf(
                    "BENCH search.query: 1,000 mixed queries with facet counts: p50 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms; %d of 1,000 with hits%n",
                    p50, p99, times[times.length - 1] / 1e6, found);

            // the same rows in H2, searched with LIKE '%q%' (which cannot cross scripts; speed only)
            double likeP50 = like(groups, queries);
            System.out.printf(
                    "BENCH search.like: H2 LIKE '%%q%%' on the same %,d rows: p50 %.1f ms = %.0f × the"
                            + " Lucene p50%n",
                    count, likeP50, likeP50 / p50);
            assertThat(found).isGreaterThan(900);
        }
    }

    private static SearchEngine.Answer run(
            IndexSearcher searcher, SortedSetDocValuesReaderState facets, String[] query) {
        Query filter = query[1] == null ? null : new TermQuery(new Term(SearchDocuments.DISTRICT, query[1]));
        return SearchEngine.search(searcher, query[0], false, filter, 20, facets);
    }

    /** Median time of 50 of the queries as {@code lower(…) LIKE '%text%'} over an H2 table of the same rows. */
    private static double like(List<Group> groups, List<String[]> queries) throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:searchbench;DB_CLOSE_DELAY=-1")) {
            h2.createStatement()
                    .execute("CREATE TABLE g (id BIGINT PRIMARY KEY, name VARCHAR(200), leader "
                            + "VARCHAR(120), products VARCHAR(400), district INT)");
            try (PreparedStatement insert = h2.prepareStatement("INSERT INTO g VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < groups.size(); i++) {
                    Group g = groups.get(i);
                    insert.setLong(1, i + 1);
                    insert.setString(2, g.name());
                    insert.setString(3, g.leader());
                    insert.setString(4, g.products());
                    insert.setInt(5, g.district());
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            h2.createStatement().execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
            List<Long> times = new ArrayList<>();
            try (PreparedStatement select = h2.prepareStatement("SELECT id, name FROM g WHERE lower(name) LIKE ? OR "
                    + "lower(leader) LIKE ? OR lower(products) LIKE ? LIMIT 20")) {
                for (int i = 0; i < 50; i++) {
                    String word = "%" + queries.get(i)[0].toLowerCase() + "%"; // the whole text: rarely a match
                    long t = System.nanoTime();
                    select.setString(1, word);
                    select.setString(2, word);
                    select.setString(3, word);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            rows.getLong(1);
                        }
                    }
                    times.add(System.nanoTime() - t);
                }
            }
            times.sort(Comparator.naturalOrder());
            return times.get(times.size() / 2) / 1e6;
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
