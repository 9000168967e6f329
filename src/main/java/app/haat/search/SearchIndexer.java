package app.haat.search;

import app.haat.audit.DataChanged;
import app.haat.core.startup.StartupGate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database. A change is queued once its transaction has committed and applied by
 * one background thread within a fraction of a second (rows are re-read, so the index shows what was committed).
 * At start-up a missing, unreadable or incomplete index is rebuilt; an admin can rebuild it too, with progress,
 * while searches keep answering from the old index.
 */
@Component
class SearchIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 2000;
    private static final long COMMIT_EVERY_MS = 5000;
    private final SearchIndex index;
    private final SearchRepository repository;
    private final BlockingQueue<Change> queue = new LinkedBlockingQueue<>();
    /** Changes queued or being written: the queue alone is empty while its last batch is still being applied. */
    private final AtomicInteger unwritten = new AtomicInteger();

    private final AtomicReference<RebuildProgress> rebuild = new AtomicReference<>(RebuildProgress.IDLE);
    /** Changes made while a rebuild runs, applied again to the rebuilt index before it is swapped in. */
    private final List<Change> duringRebuild = new ArrayList<>();

    private volatile boolean running;
    /** Asked for while a rebuild ran: its reading may have passed the changed rows already. */
    private volatile boolean rebuildAgain;

    private @Nullable Thread worker;
    /** The portal answers 503 until the index agrees with the database (a search before would miss groups). */
    private final StartupGate.Task startupIndex;

    SearchIndexer(SearchIndex index, SearchRepository repository, StartupGate gate) {
        this.index = index;
        this.repository = repository;
        this.startupIndex = gate.register("search index");
    }

    /** A change the index follows: a group, an application, or all applications of an exhibition. */
    record Change(ChangeKind kind, Long id) {}

    /** The kind of index change an audited change is, or null for entities the index does not hold. */
    static @Nullable ChangeKind kindOf(DataChanged changed) {
        return switch (changed.entity()) {
            case GROUP -> ChangeKind.GROUP;
            case APPLICATION -> ChangeKind.APPLICATION;
            case EXHIBITION -> ChangeKind.EXHIBITION;
            default -> null;
        };
    }

    /**
     * Follows the audited changes to groups, applications and exhibitions (an allocation run, for instance) on this
     * node right after they commit, so a change is searchable here at once; the other nodes (and this one, again,
     * harmlessly) apply it from the change log ({@link SearchChangeFollower}).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(DataChanged changed) {
        ChangeKind kind = kindOf(changed);
        if (kind == null) {
            return;
        }
        if (changed.entityId() == null) {
            startRebuild(); // many at once, e.g. an import: read everything again
            return;
        }
        Change change;
        try {
            change = new Change(kind, Long.valueOf(changed.entityId()));
        } catch (NumberFormatException notAnId) {
            return;
        }
        unwritten.incrementAndGet();
        queue.add(change);
        // Called after commit while the request still holds its database connection: it must not wait for a lock
        // that a thread reading the database holds, or a busy pool deadlocks. Without a rebuild running it takes none
        // (a rebuild that starts later reads a snapshot holding this committed change).
        if (rebuild.get().running()) {
            synchronized (duringRebuild) {
                if (rebuild.get().running()) {
                    duringRebuild.add(change);
                }
            }
        }
    }

    /**
     * After start-up: an index that could not be read, holds other counts than the database, or is older than the
     * change log reaches back (its changes since were pruned) is rebuilt. Answers whether a rebuild started.
     */
    boolean checkAtStartup(boolean olderThanTheLog) {
        IndexCounts expected = repository.counts();
        boolean complete = index.count(SearchDocuments.GROUP) == expected.groups()
                && index.count(SearchDocuments.APPLICATION) == expected.applications();
        boolean stale = index.needsRebuild() || !complete || olderThanTheLog;
        if (stale) {
            log.info(
                    "Rebuilding the search index from the database ({} groups, {} applications).",
                    expected.groups(),
                    expected.applications());
            startRebuild(); // start-up completes when it has (rebuildNow)
        } else if (!rebuild.get().running()) {
            startupIndex.done();
        }
        return stale;
    }

    /**
     * Applies changes read from the change log now, on the caller's thread (the follower's), to the current index
     * and, while a rebuild runs, to the rebuilt one as well.
     */
    void follow(List<Change> changes) throws IOException {
        synchronized (duringRebuild) {
            if (rebuild.get().running()) {
                duringRebuild.addAll(changes);
            }
        }
        // outside the lock: applying reads the database, and requests finishing their commit may wait for the lock
        apply(index.current(), changes);
        index.refresh();
    }

    RebuildProgress progress() {
        return rebuild.get();
    }

    /** Starts a rebuild in the background; answers false if one is already running. */
    boolean startRebuild() {
        RebuildProgress start = new RebuildProgress(true, 0, repository.counts().total(), null);
        synchronized (duringRebuild) {
            if (rebuild.get().running()) {
                rebuildAgain = true;
                return false;
            }
            rebuild.set(start);
            duringRebuild.clear();
        }
        Thread thread = new Thread(this::rebuildNow, "search-rebuild");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private void rebuildNow() {
        SearchIndex.Generation fresh = index.newGeneration();
        long total = rebuild.get().total();
        AtomicLong done = new AtomicLong();
        try {
            indexAll(
                    fresh,
                    repository::groupsAfter,
                    SearchDocuments::group,
                    IndexedGroup::id,
                    SearchDocuments::uidOfGroup,
                    done,
                    total);
            indexAll(
                    fresh,
                    repository::applicationsAfter,
                    SearchDocuments::application,
                    IndexedApplication::id,
                    SearchDocuments::uidOfApplication,
                    done,
                    total);
            synchronized (duringRebuild) {
                for (Change change : duringRebuild) {
                    apply(fresh, List.of(change));
                }
                duringRebuild.clear();
                index.swap(fresh);
                rebuild.set(new RebuildProgress(false, done.get(), total, null));
            }
            log.info("Search index rebuilt: {} documents.", done.get());
            if (rebuildAgain) {
                rebuildAgain = false;
                startRebuild();
            } else {
                startupIndex.done();
            }
        } catch (IOException | RuntimeException e) {
            log.error("The search index rebuild failed; search keeps the old index.", e);
            rebuild.set(new RebuildProgress(false, done.get(), total, e.toString()));
            startupIndex.done(); // the portal serves without a fresh index rather than not at all; an admin rebuilds
            try {
                fresh.close();
            } catch (IOException ignored) {
                // the failure is already reported
            }
        }
    }

    /** A page of rows of one kind after an id, at most so many. */
    @FunctionalInterface
    private interface Pages<T> {
        List<T> after(long afterId, int limit);
    }

    /**
     * Indexes every row of one kind into the fresh generation, a page at a time in id order, counting into
     * {@code done} and showing the progress after each page.
     */
    private <T> void indexAll(
            SearchIndex.Generation fresh,
            Pages<T> pages,
            Function<T, Document> document,
            ToLongFunction<T> id,
            LongFunction<Term> uid,
            AtomicLong done,
            long total)
            throws IOException {
        long after = 0;
        for (List<T> page; !(page = pages.after(after, BATCH)).isEmpty(); ) {
            index.apply(
                    fresh,
                    page.stream().map(document).toList(),
                    page.stream().map(row -> uid.apply(id.applyAsLong(row))).toList(),
                    List.of());
            after = id.applyAsLong(page.getLast());
            rebuild.set(new RebuildProgress(true, done.addAndGet(page.size()), total, null));
        }
    }

    private void work() {
        long lastCommit = System.currentTimeMillis();
        while (running || !queue.isEmpty()) {
            try {
                Change first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Change> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, 10_000);
                    try {
                        apply(index.current(), batch);
                        index.refresh();
                    } finally {
                        unwritten.addAndGet(-batch.size());
                    }
                }
                if (System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MS) {
                    index.commit();
                    lastCommit = System.currentTimeMillis();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                // the database stays the source of truth: the next start-up check or a rebuild repairs the index
                log.error("A search index update failed", e);
            }
        }
    }

    /** Re-reads the changed rows and writes them (or their deletion) into the given index generation. */
    private void apply(SearchIndex.Generation into, List<Change> changes) throws IOException {
        Set<Long> groups = new HashSet<>();
        Set<Long> applications = new HashSet<>();
        Set<Long> exhibitions = new HashSet<>();
        for (Change change : changes) {
            switch (change.kind()) {
                case GROUP -> groups.add(change.id());
                case APPLICATION -> applications.add(change.id());
                case EXHIBITION -> exhibitions.add(change.id());
            }
        }
        List<Document> documents = new ArrayList<>();
        List<Term> uids = new ArrayList<>();
        List<Term> deletions = new ArrayList<>();
        if (!groups.isEmpty()) {
            List<IndexedGroup> found = repository.groups(groups);
            Set<Long> missing = new HashSet<>(groups);
            for (IndexedGroup group : found) {
                documents.add(SearchDocuments.group(group));
                uids.add(SearchDocuments.uidOfGroup(group.id()));
                missing.remove(group.id());
            }
            missing.forEach(id -> deletions.add(SearchDocuments.uidOfGroup(id)));
            // a group's name is also in its applications
            repository.applicationsOfGroups(groups).forEach(a -> applications.add(a.id()));
        }
        List<IndexedApplication> found = new ArrayList<>();
        if (!applications.isEmpty()) {
            found.addAll(repository.applications(applications));
        }
        if (!exhibitions.isEmpty()) {
            found.addAll(repository.applicationsOfExhibitions(exhibitions));
        }
        for (IndexedApplication application : found) {
            documents.add(SearchDocuments.application(application));
            uids.add(SearchDocuments.uidOfApplication(application.id()));
        }
        index.apply(into, documents, uids, deletions);
    }

    /** Waits until every change queued so far is searchable (for tests and the admin's "rebuild" button). */
    void awaitQuiet(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while ((unwritten.get() > 0 || rebuild.get().running()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::work, "search-indexer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            if (worker != null) {
                worker.join(5000);
            }
            index.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Could not commit the search index on shutdown", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
