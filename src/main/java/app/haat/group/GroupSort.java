package app.haat.group;

/** One sort order of the group grid, independent of the UI toolkit. */
public record GroupSort(Column column, boolean ascending) {

    public enum Column {
        NAME,
        MUNICIPALITY_EN,
        MUNICIPALITY_BN,
        WARD,
        STATUS,
        READINESS,
        REGISTERED
    }
}
