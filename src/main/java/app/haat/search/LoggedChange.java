package app.haat.search;

import org.jspecify.annotations.Nullable;

/**
 * A row of the search change log: a null entity id means every entity of the kind (an import); the node that wrote
 * it.
 */
record LoggedChange(long id, ChangeKind kind, @Nullable Long entityId, ChangeOperation operation, String writtenBy) {}
