package app.haat.search;

/**
 * What happened to the entity of a change log row (search_change.operation). Applying either re-reads the entity:
 * a row that is gone is removed from the index, one that exists is indexed as it now is.
 */
public enum ChangeOperation {
    UPSERT,
    DELETE
}
