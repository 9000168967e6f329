package app.haat.search;

/** What a row of the search change log is about (search_change.entity_kind). */
public enum ChangeKind {
    GROUP,
    APPLICATION,
    /** All applications of an exhibition (an allocation run changes many at once). */
    EXHIBITION
}
