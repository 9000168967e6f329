package app.haat.group;

/** Filters of the officers' group grid; nulls mean "any". */
public record GroupFilter(GroupStatus status, String ward, String category, String text) {
    public static final GroupFilter ALL = new GroupFilter(null, null, null, null);
}
