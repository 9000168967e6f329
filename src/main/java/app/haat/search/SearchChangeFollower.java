package app.haat.search;

import app.haat.core.cluster.NodeIdentity;
import app.haat.core.startup.StartupGate;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows the search change log into this node's index, so a change saved through any node is found through every
 * node. A poll (every {@code haat.search.log.poll-interval}, half a second by default) reads the rows after the
 * highest id seen and the gaps still open below it ({@link ChangeLogCursor}), and applies them by re-reading the
 * entities. The position travels with the index: each index commit records the cursor's low-water mark, so a node
 * that restarts resumes where its index stands; one whose index is older than the log reaches back (or holds no
 * position) rebuilds from the database first. The node answers 503 until it has caught up. The node's position and
 * heartbeat go to node_position; the log is pruned below the lowest position of the nodes heard from recently.
 */
@Component
class SearchChangeFollower {

    private static final Logger log = LoggerFactory.getLogger(SearchChangeFollower.class);
    private static final int BATCH = 1000;

    private final SearchChangeRepository changes;
    private final SearchIndexer indexer;
    private final SearchIndex index;
    private final NodeIdentity node;
    private final Clock clock;
    private final Settings settings;
    private final StartupGate.Task caughtUp;
    private @Nullable ChangeLogCursor cursor;
    private @Nullable ScheduledExecutorService poller;
    private Instant lastCommit = Instant.EPOCH;
    /** The position the index's last commit holds (what a restart would resume from). */
    private long committed;

    /** How the node follows the log: how often it polls, how long a gap is waited for, how often it commits. */
    record Settings(Duration pollInterval, Duration grace, Duration commitInterval, Duration liveFor) {}

    SearchChangeFollower(
            SearchChangeRepository changes,
            SearchIndexer indexer,
            SearchIndex index,
            NodeIdentity node,
            Clock clock,
            StartupGate gate,
            @Value("${haat.search.log.poll-interval:PT0.5S}") Duration pollInterval,
            @Value("${haat.search.log.grace:PT30S}") Duration grace,
            @Value("${haat.search.log.commit-interval:PT5S}") Duration commitInterval,
            @Value("${haat.search.log.live-for:PT10M}") Duration liveFor) {
        this.settings = new Settings(pollInterval, grace, commitInterval, liveFor);
        this.changes = changes;
        this.indexer = indexer;
        this.index = index;
        this.node = node;
        this.clock = clock;
        this.caughtUp = gate.register("search change log");
    }

    /** At start-up: rebuilds an index the log cannot bring up to date, then follows the log from the index's position. */
    @EventListener(ApplicationReadyEvent.class)
    void startFollowing() {
        long position = index.committedPosition();
        boolean rebuilding =
                indexer.checkAtStartup(logCannotBringUpToDate(position, changes.oldest(), changes.newest()));
        // after a rebuild the whole (pruned, so short) log is applied again: re-reading is harmless
        start(rebuilding || position < 0 ? 0 : position);
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-log-follower");
            t.setDaemon(true);
            return t;
        });
        long every = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::pollQuietly, 0, every, TimeUnit.MILLISECONDS);
        poller = thread;
    }

    /**
     * Whether an index at this position needs a rebuild rather than the log: it is older than the log reaches back
     * (the rows it misses were pruned), or it is ahead of the log's newest row (which pruning always keeps), so it holds
     * changes this database never had: the database was restored from an earlier backup, or is another one.
     */
    static boolean logCannotBringUpToDate(long position, @Nullable Long oldest, long newest) {
        boolean olderThanTheLog = oldest != null && position < oldest - 1;
        boolean aheadOfTheLog = position > newest;
        return olderThanTheLog || aheadOfTheLog;
    }

    /** Follows from this position on (every row up to it is in the index). */
    synchronized void start(long position) {
        cursor = new ChangeLogCursor(position, settings.grace());
        committed = position;
        log.info("Node {} follows the search change log from {}", node, position);
    }

    /** Every row up to this id is applied (or its gap was given up). */
    synchronized long position() {
        return Objects.requireNonNull(cursor).low();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (IOException | RuntimeException e) {
            log.error("Following the search change log failed; the next poll tries again", e);
        }
    }

    /** Reads and applies what committed since the last poll; answers how many rows were applied. */
    synchronized int poll() throws IOException {
        ChangeLogCursor at = Objects.requireNonNull(cursor);
        Instant now = clock.instant();
        List<LoggedChange> rows = new ArrayList<>(changes.after(at.high(), BATCH));
        boolean atTheEnd = rows.size() < BATCH;
        List<Long> gaps = at.gaps(BATCH);
        if (!gaps.isEmpty()) {
            rows.addAll(changes.withIds(gaps));
        }
        apply(rows);
        rows.forEach(row -> at.applied(row.id(), now));
        int given = at.expire(now);
        if (given > 0) {
            log.warn("{} ids of the search change log never committed within {}: skipped", given, settings.grace());
        }
        if (atTheEnd) {
            caughtUp.done();
        }
        if (Duration.between(lastCommit, now).compareTo(settings.commitInterval()) >= 0) {
            commit(now);
        }
        return rows.size();
    }

    private void apply(List<LoggedChange> rows) throws IOException {
        List<SearchIndexer.Change> each = new ArrayList<>();
        boolean all = false;
        for (LoggedChange row : rows) {
            if (row.entityId() == null) {
                // this node's own import started its rebuild after commit already (SearchIndexer.changed)
                all |= !row.writtenBy().equals(node.id());
            } else {
                each.add(new SearchIndexer.Change(row.kind(), row.entityId()));
            }
        }
        if (all) {
            indexer.startRebuild(); // many changed at once (an import): read everything again
        }
        if (!each.isEmpty()) {
            indexer.follow(each);
        }
    }

    /**
     * Commits the index with its position and records the committed position as this node's heartbeat. Not while a
     * rebuild runs: the generation it replaces must not claim changes (an import's "everything") that only the
     * rebuilt one will hold, should the node stop before the swap.
     */
    private void commit(Instant now) throws IOException {
        if (!indexer.progress().running()) {
            long position = Objects.requireNonNull(cursor).low();
            index.commit(position);
            committed = position;
        }
        changes.savePosition(node.id(), committed, OffsetDateTime.ofInstant(now, clock.getZone()));
        lastCommit = now;
    }

    /** Deletes the log rows every node heard from lately has applied; forgets nodes silent for a day. */
    @Scheduled(
            initialDelayString = "${haat.search.log.prune-interval:PT1M}",
            fixedDelayString = "${haat.search.log.prune-interval:PT1M}")
    @SchedulerLock(name = "search-log-prune", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    public void prune() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long lowest = changes.lowestLivePosition(now.minus(settings.liveFor()));
        if (lowest != null) {
            int pruned = changes.pruneThrough(lowest);
            log.debug("Pruned {} rows of the search change log (through {})", pruned, lowest);
        }
        changes.forgetNodes(now.minusDays(1));
    }

    @PreDestroy
    synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
        if (cursor != null) {
            try {
                commit(clock.instant());
            } catch (IOException | RuntimeException e) {
                log.warn("Could not record the search change log position on shutdown", e);
            }
        }
    }
}
