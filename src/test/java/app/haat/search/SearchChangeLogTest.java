package app.haat.search;

import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SEARCH_CHANGE;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.cluster.NodeIdentity;
import app.haat.core.data.DataDirectory;
import app.haat.core.startup.StartupGate;
import app.haat.group.GroupStatus;
import app.haat.support.IntegrationTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.TermQuery;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search change log (#24): a change is logged in its own transaction, and a second node, with its own index,
 * follows the log, including a change whose transaction commits after a later one's.
 */
class SearchChangeLogTest extends IntegrationTest {

    @Autowired
    SearchRepository searchRepository;

    @Autowired
    SearchChangeRepository changes;

    @Autowired
    StartupGate gate;

    @Autowired
    Clock clock;

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    @TempDir
    Path otherNodesData;

    /** The second node: its own index on its own data directory, following the shared database's log. */
    private SearchIndex indexB;

    private SearchChangeFollower nodeB;

    @BeforeEach
    void startSecondNode() {
        indexB = new SearchIndex(new DataDirectory(otherNodesData.toString()));
        SearchIndexer indexerB = new SearchIndexer(indexB, searchRepository, gate);
        nodeB = new SearchChangeFollower(
                changes,
                indexerB,
                indexB,
                NodeIdentity.of("node-b-" + UUID.randomUUID()),
                clock,
                gate,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                Duration.ZERO, // commits and records its position at every poll
                Duration.ofMinutes(10));
        nodeB.start(changes.newest()); // an index that is up to date so far (it holds nothing older)
    }

    @AfterEach
    void stopSecondNode() throws Exception {
        indexB.close();
    }

    private long group(String name) {
        long municipality =
                dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).limit(1).fetchOne(MUNICIPALITY.ID);
        return dsl.insertInto(SHG_GROUP)
                .set(SHG_GROUP.NAME, name)
                .set(SHG_GROUP.MUNICIPALITY_ID, municipality)
                .set(SHG_GROUP.WARD, "1")
                .set(SHG_GROUP.MEMBER_COUNT, 10)
                .set(SHG_GROUP.LEADER_NAME, "Ruma Das")
                .set(SHG_GROUP.PHONE, "9830012345")
                .set(SHG_GROUP.STATUS, GroupStatus.VERIFIED)
                .set(SHG_GROUP.CONSENT_AT, OffsetDateTime.now())
                .set(SHG_GROUP.CREATED_AT, OffsetDateTime.now())
                .returning(SHG_GROUP.ID)
                .fetchOne(SHG_GROUP.ID);
    }

    /** Renames a group as a feature does: the change and its audit entry (hence its log row) in one transaction. */
    private void rename(long groupId, String name) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.NAME, name)
                .where(SHG_GROUP.ID.eq(groupId))
                .execute();
        audit.recordAs("test", AuditEntity.GROUP, groupId, "NAME", null, name);
    }

    private boolean inNodeB(long groupId) {
        return indexB.search((searcher, facets) -> {
            try {
                return searcher.count(new TermQuery(SearchDocuments.uidOfGroup(groupId))) > 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aChangeIsLoggedInItsTransactionAndNotWhenItRollsBack() {
        long groupId = group(unique("Logged SHG "));
        long before = changes.newest();
        transaction.executeWithoutResult(status -> rename(groupId, unique("Renamed SHG ")));
        assertThat(dsl.selectFrom(SEARCH_CHANGE)
                        .where(SEARCH_CHANGE.ID.gt(before).and(SEARCH_CHANGE.ENTITY_ID.eq(groupId)))
                        .fetch())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.getEntityKind()).isEqualTo(ChangeKind.GROUP);
                    assertThat(row.getOperation()).isEqualTo(ChangeOperation.UPSERT);
                });
        long afterCommit = changes.newest();
        transaction.executeWithoutResult(status -> {
            rename(groupId, unique("Never SHG "));
            status.setRollbackOnly();
        });
        assertThat(dsl.fetchCount(
                        SEARCH_CHANGE, SEARCH_CHANGE.ID.gt(afterCommit).and(SEARCH_CHANGE.ENTITY_ID.eq(groupId))))
                .isZero();
    }

    @Test
    void aGroupSavedThroughOneNodeIsFoundThroughTheOther() throws Exception {
        long groupId = group(unique("Node A SHG "));
        assertThat(inNodeB(groupId)).isFalse();
        transaction.executeWithoutResult(status -> rename(groupId, unique("Saved through A ")));
        nodeB.poll();
        assertThat(inNodeB(groupId)).isTrue();
        assertThat(nodeB.poll()).as("nothing left to apply").isZero();
    }

    /**
     * Two writers: the first takes the lower id and commits last. A node that kept only the highest id seen would
     * never read the lower one; this node waits for it as a gap and applies it when it commits.
     */
    @Test
    void aChangeThatCommitsAfterALaterOneIsStillApplied() throws Exception {
        long slow = group(unique("Slow writer SHG "));
        long fast = group(unique("Fast writer SHG "));
        CountDownLatch slowLogged = new CountDownLatch(1);
        CountDownLatch fastApplied = new CountDownLatch(1);
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(s -> {
            rename(slow, unique("Slow renamed "));
            slowLogged.countDown(); // its row has the lower id, not committed yet
            try {
                assertThat(fastApplied.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(slowLogged.await(30, TimeUnit.SECONDS)).isTrue();
        transaction.executeWithoutResult(status -> rename(fast, unique("Fast renamed ")));
        long fastId = changes.newest();

        nodeB.poll();
        assertThat(inNodeB(fast)).isTrue();
        assertThat(inNodeB(slow)).isFalse();
        assertThat(nodeB.position()).as("the open gap holds the position back").isLessThan(fastId);

        fastApplied.countDown();
        slowWriter.get(30, TimeUnit.SECONDS);
        nodeB.poll();
        assertThat(inNodeB(slow))
                .as("the change committed out of sequence order")
                .isTrue();
        assertThat(inNodeB(fast)).isTrue();
        // the position reaches the fast row once no committed row below it is missing (an id another test's rolled
        // back transaction took stays a gap until the grace period ends)
        assertThat(nodeB.poll()).as("nothing left to apply").isZero();
    }

    /** The name node B's index holds for the group (its stored field), or null when it holds none. */
    private String nameInNodeB(long groupId) {
        return indexB.search((searcher, facets) -> {
            try {
                var top = searcher.search(new TermQuery(SearchDocuments.uidOfGroup(groupId)), 1);
                return top.scoreDocs.length == 0
                        ? null
                        : searcher.storedFields().document(top.scoreDocs[0].doc).get(SearchDocuments.NAME);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Six writers rename their groups over and over, each transaction held open a random while so that ids commit
     * out of sequence order, while node B follows the log at the same time: once the writers are done and node B
     * has caught up, its index holds every group's last name (each change applied, the last one last).
     */
    @Test
    void concurrentWritersCommittingOutOfOrderLeaveNodeBWithEveryGroupsLastName() throws Exception {
        int writers = 6;
        int groupsEach = 5;
        int renames = 4;
        List<List<Long>> groups = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<Long> mine = new ArrayList<>();
            for (int g = 0; g < groupsEach; g++) {
                mine.add(group(unique("Concurrent SHG ")));
            }
            groups.add(mine);
        }
        java.util.Map<Long, String> last = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        // a thread each (the common pool has one on two cores)
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(writers + 1);
        CompletableFuture<Void> follower = CompletableFuture.runAsync(
                () -> {
                    while (writing.get()) {
                        try {
                            nodeB.poll();
                            Thread.sleep(5);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                },
                threads);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (List<Long> mine : groups) {
            running.add(CompletableFuture.runAsync(
                    () -> {
                        java.util.Random random = new java.util.Random(mine.getFirst());
                        for (int r = 0; r < renames; r++) {
                            for (long id : mine) {
                                String name = unique("Round " + r + " SHG ");
                                transaction.executeWithoutResult(status -> {
                                    rename(id, name);
                                    try {
                                        Thread.sleep(random.nextInt(15)); // holds its log id uncommitted a while
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                });
                                last.put(id, name);
                            }
                        }
                    },
                    threads));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        writing.set(false);
        follower.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        for (int i = 0; i < 20 && nodeB.poll() > 0; i++) {
            // the last rows committed after the follower's final poll
        }
        for (var group : last.entrySet()) {
            assertThat(nameInNodeB(group.getKey()))
                    .as("group " + group.getKey())
                    .isEqualTo(group.getValue());
        }
        assertThat(last).hasSize(writers * groupsEach);
    }

    @Test
    void theLogIsPrunedBelowTheLowestPositionOfTheLiveNodesButKeepsItsNewestRow() throws Exception {
        long groupId = group(unique("Pruned SHG "));
        transaction.executeWithoutResult(status -> rename(groupId, unique("Pruned renamed ")));
        nodeB.poll(); // applies the row and records node B's position (it commits at every poll)
        Long lowest = changes.lowestLivePosition(OffsetDateTime.now().minusMinutes(10));
        assertThat(lowest).isNotNull();
        long newest = changes.newest();
        nodeB.prune();
        assertThat(dsl.fetchCount(SEARCH_CHANGE, SEARCH_CHANGE.ID.le(lowest).and(SEARCH_CHANGE.ID.lt(newest))))
                .as("rows every live node has applied")
                .isZero();
        assertThat(dsl.fetchCount(SEARCH_CHANGE, SEARCH_CHANGE.ID.eq(newest)))
                .as("the newest row stays")
                .isOne();
    }
}
