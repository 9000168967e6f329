package app.haat.audit;

import org.jspecify.annotations.Nullable;

/**
 * A recorded change to an entity (every audited change publishes one, inside its transaction): e.g. a group, an
 * application or an exhibition. A null id means many entities of the type changed at once (an import). Listeners
 * that keep derived data, such as the search index, re-read the rows once the transaction has committed. The action
 * is the audit entry's ("DELETE" when the entity was deleted).
 */
public record DataChanged(AuditEntity entity, @Nullable String entityId, String action) {

    /** Whether the entity itself was deleted (its audit action is DELETE). */
    public boolean deleted() {
        return "DELETE".equals(action);
    }
}
