package app.haat.search;

import app.haat.core.data.DataDirectory;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Lucene index in the data directory ({@code search/<generation>}): one writer, near-real-time searchers, and the
 * facet state of the current reader. A rebuild writes a new generation beside the current one and then swaps it in,
 * so search keeps answering from the old index meanwhile. A missing or unreadable index opens empty and says so;
 * the indexer then rebuilds it from the database.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** The key of the commit data that holds the change-log position of a commit. */
    private static final String LOG_POSITION = "haat.search-change";

    private final Path base;
    private volatile Generation current;
    private volatile boolean needsRebuild;
    private volatile FacetCache facets = new FacetCache(null, null);

    /** One index directory with its writer and searchers. */
    record Generation(Path dir, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private record FacetCache(
            @Nullable IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {}

    SearchIndex(DataDirectory data) {
        this.base = data.resolve("search");
        this.current = openNewest();
    }

    /** Whether the index could not be read at start-up (missing or corrupt) and must be rebuilt. */
    boolean needsRebuild() {
        return needsRebuild;
    }

    /**
     * Opens the newest readable generation that no other process holds; otherwise a fresh one (to be rebuilt).
     * Generations nobody holds are removed; one another process holds (a second portal on the same data directory,
     * as in tests) is left alone.
     */
    private Generation openNewest() {
        try {
            Files.createDirectories(base);
            List<Path> generations;
            try (Stream<Path> dirs = Files.list(base)) {
                generations = dirs.filter(Files::isDirectory)
                        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString())
                                .reversed())
                        .toList();
            }
            Generation opened = null;
            for (Path candidate : generations) {
                try {
                    opened = open(candidate, IndexWriterConfig.OpenMode.APPEND);
                    break;
                } catch (LockObtainFailedException held) {
                    log.info("The search index in {} is held by another process; not using it.", candidate);
                } catch (IOException | RuntimeException unreadable) {
                    log.warn(
                            "The search index in {} cannot be read ({}); it will be rebuilt from the database.",
                            candidate,
                            unreadable.toString());
                }
            }
            if (opened == null) {
                needsRebuild = true;
                opened = open(fresh(), IndexWriterConfig.OpenMode.CREATE);
            }
            Path keep = opened.dir();
            for (Path other : generations) {
                if (!other.equals(keep) && !heldElsewhere(other)) {
                    deleteTree(other);
                }
            }
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean heldElsewhere(Path dir) {
        try (FSDirectory directory = FSDirectory.open(dir);
                var lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return lock == null;
        } catch (IOException held) {
            return true;
        }
    }

    private Path fresh() {
        return base.resolve(String.format("%020d", System.currentTimeMillis() * 1000 + System.nanoTime() % 1000));
    }

    private static Generation open(Path dir, IndexWriterConfig.OpenMode mode) throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(SearchDocuments.analyzer())
                    .setOpenMode(mode)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            return new Generation(dir, directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A new, empty generation for a rebuild; it becomes current with {@link #swap}. */
    Generation newGeneration() {
        try {
            return open(fresh(), IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the rebuilt generation current and removes the old one. */
    synchronized void swap(Generation rebuilt) throws IOException {
        rebuilt.writer().commit();
        rebuilt.searchers().maybeRefreshBlocking();
        Generation old = current;
        current = rebuilt;
        needsRebuild = false;
        old.close();
        deleteTree(old.dir());
    }

    /** Adds or replaces documents by their unique term, and deletes the ones given as terms only. */
    void apply(Generation into, List<Document> documents, List<Term> uids, List<Term> deletions) throws IOException {
        for (int i = 0; i < documents.size(); i++) {
            into.writer().updateDocument(uids.get(i), documents.get(i));
        }
        for (Term gone : deletions) {
            into.writer().deleteDocuments(gone);
        }
    }

    Generation current() {
        return current;
    }

    /** Makes the latest changes visible to searches (near real time: no commit needed). */
    synchronized void refresh() throws IOException {
        current.searchers().maybeRefreshBlocking();
    }

    /**
     * The change-log position the current generation's last commit holds (every log row up to it is in that commit),
     * or -1 when it holds none (an index written before the log, or a fresh generation).
     */
    long committedPosition() {
        Iterable<Map.Entry<String, String>> data = current.writer().getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (LOG_POSITION.equals(entry.getKey())) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return -1;
    }

    /** Commits the current generation with the change-log position it now holds. */
    synchronized void commit(long position) throws IOException {
        Generation generation = current;
        if (position != committedPosition() || generation.writer().hasUncommittedChanges()) {
            generation
                    .writer()
                    .setLiveCommitData(
                            Map.of(LOG_POSITION, Long.toString(position)).entrySet());
            generation.writer().commit();
        }
    }

    synchronized void commit() throws IOException {
        Generation generation = current;
        if (generation.writer().hasUncommittedChanges()) {
            generation.writer().commit();
        }
    }

    /** Runs a search on the current searcher, with the facet state of its reader. */
    <T> T search(BiFunction<IndexSearcher, SortedSetDocValuesReaderState, T> work) {
        for (int attempt = 0; ; attempt++) {
            try {
                return searchOnce(work);
            } catch (AlreadyClosedException swapped) {
                if (attempt >= 2) {
                    throw swapped; // a rebuild swapped the generation while we searched: the new one answers
                }
            }
        }
    }

    private <T> T searchOnce(BiFunction<IndexSearcher, SortedSetDocValuesReaderState, T> work) {
        SearcherManager manager = current.searchers();
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                FacetCache cache = facets;
                if (cache.reader() != searcher.getIndexReader()) {
                    cache = new FacetCache(
                            searcher.getIndexReader(), SearchEngine.facetState(searcher.getIndexReader()));
                    facets = cache;
                }
                return work.apply(searcher, cache.state());
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents of a kind the index holds. */
    long count(String kind) {
        return search((searcher, state) -> {
            try {
                return (long) searcher.count(new TermQuery(new Term(SearchDocuments.KIND, kind)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PreDestroy
    synchronized void close() throws IOException {
        commit();
        current.close();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
