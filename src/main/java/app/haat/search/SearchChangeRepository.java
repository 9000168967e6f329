package app.haat.search;

import static app.haat.db.Tables.NODE_POSITION;
import static app.haat.db.Tables.SEARCH_CHANGE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The search change log (search_change) and the nodes' positions in it (node_position). */
@Repository
class SearchChangeRepository {

    private final DSLContext dsl;

    SearchChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes a change in the caller's transaction: it becomes visible to the nodes when that commits. */
    void insert(ChangeKind kind, @Nullable Long entityId, ChangeOperation operation, String node, OffsetDateTime now) {
        dsl.insertInto(SEARCH_CHANGE)
                .set(SEARCH_CHANGE.ENTITY_KIND, kind)
                .set(SEARCH_CHANGE.ENTITY_ID, entityId)
                .set(SEARCH_CHANGE.OPERATION, operation)
                .set(SEARCH_CHANGE.WRITTEN_BY, node)
                .set(SEARCH_CHANGE.CREATED_AT, now)
                .execute();
    }

    /** The committed rows after an id, in id order, at most {@code limit}. */
    List<LoggedChange> after(long id, int limit) {
        return rows(SEARCH_CHANGE.ID.gt(id), limit);
    }

    /** The rows of these ids that have committed by now (gaps a node waits for). */
    List<LoggedChange> withIds(Collection<Long> ids) {
        return rows(SEARCH_CHANGE.ID.in(ids), ids.size());
    }

    private List<LoggedChange> rows(Condition which, int limit) {
        return dsl.select(
                        SEARCH_CHANGE.ID,
                        SEARCH_CHANGE.ENTITY_KIND,
                        SEARCH_CHANGE.ENTITY_ID,
                        SEARCH_CHANGE.OPERATION,
                        SEARCH_CHANGE.WRITTEN_BY)
                .from(SEARCH_CHANGE)
                .where(which)
                .orderBy(SEARCH_CHANGE.ID)
                .limit(limit)
                .fetch(Records.mapping(LoggedChange::new));
    }

    /** The newest id, 0 when the log is empty. */
    long newest() {
        Long max = dsl.select(DSL.max(SEARCH_CHANGE.ID)).from(SEARCH_CHANGE).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** The oldest id still in the log (rows below were pruned or never committed); null when the log is empty. */
    @Nullable
    Long oldest() {
        return dsl.select(DSL.min(SEARCH_CHANGE.ID)).from(SEARCH_CHANGE).fetchOne(0, Long.class);
    }

    /** Records how far a node has applied the log (every row up to the position), as its heartbeat. */
    void savePosition(String node, long appliedThrough, OffsetDateTime now) {
        int updated = dsl.update(NODE_POSITION)
                .set(NODE_POSITION.APPLIED_THROUGH, appliedThrough)
                .set(NODE_POSITION.HEARTBEAT_AT, now)
                .where(NODE_POSITION.NODE_ID.eq(node))
                .execute();
        if (updated == 0) {
            dsl.insertInto(NODE_POSITION)
                    .set(NODE_POSITION.NODE_ID, node)
                    .set(NODE_POSITION.APPLIED_THROUGH, appliedThrough)
                    .set(NODE_POSITION.HEARTBEAT_AT, now)
                    .execute();
        }
    }

    /** The lowest position of the nodes heard from since then; null when none was. */
    @Nullable
    Long lowestLivePosition(OffsetDateTime heardSince) {
        return dsl.select(DSL.min(NODE_POSITION.APPLIED_THROUGH))
                .from(NODE_POSITION)
                .where(NODE_POSITION.HEARTBEAT_AT.ge(heardSince))
                .fetchOne(0, Long.class);
    }

    /**
     * Deletes the rows every live node has applied, up to the position but never the newest row (it keeps the log's
     * start known: a node whose index is older than the oldest row left rebuilds). Answers how many went.
     */
    int pruneThrough(long position) {
        long keep = newest();
        return dsl.deleteFrom(SEARCH_CHANGE)
                .where(SEARCH_CHANGE.ID.le(position).and(SEARCH_CHANGE.ID.lt(keep)))
                .execute();
    }

    /** Forgets nodes not heard from since then (stopped or replaced ones); their claims expire on their own. */
    int forgetNodes(OffsetDateTime heardBefore) {
        return dsl.deleteFrom(NODE_POSITION)
                .where(NODE_POSITION.HEARTBEAT_AT.lt(heardBefore))
                .execute();
    }
}
