package app.haat.search;

import app.haat.audit.DataChanged;
import app.haat.core.cluster.NodeIdentity;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the search change log: every audited change the index follows (the same events {@link SearchIndexer}
 * applies after commit: groups, their products, photos and listings, applications, exhibitions, imports, deletions)
 * becomes a row of search_change inside the transaction of the change itself, so the row exists exactly when the
 * change committed. Every node follows the log into its own index ({@link SearchChangeFollower}).
 */
@Component
class SearchChangeWriter {

    private final SearchChangeRepository log;
    private final NodeIdentity node;
    private final Clock clock;

    SearchChangeWriter(SearchChangeRepository log, NodeIdentity node, Clock clock) {
        this.log = log;
        this.node = node;
        this.clock = clock;
    }

    /** Runs in the publisher's transaction (audit records are written inside one), before it commits. */
    @EventListener
    void changed(DataChanged changed) {
        ChangeKind kind = SearchIndexer.kindOf(changed);
        if (kind == null) {
            return;
        }
        Long id;
        try {
            id = changed.entityId() == null ? null : Long.valueOf(changed.entityId());
        } catch (NumberFormatException notAnId) {
            return;
        }
        ChangeOperation operation = changed.deleted() ? ChangeOperation.DELETE : ChangeOperation.UPSERT;
        log.insert(kind, id, operation, node.id(), OffsetDateTime.now(clock));
    }
}
