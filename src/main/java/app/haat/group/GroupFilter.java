package app.haat.group;

import org.jspecify.annotations.Nullable;

/** Filters of the officers' group grid; nulls mean "any". Deleted groups show only when asked for by status. */
public record GroupFilter(
        @Nullable GroupStatus status,
        @Nullable String ward,
        @Nullable String category,
        @Nullable String text,
        @Nullable ReadinessLevel readiness,
        boolean deletionRequested) {
    public static final GroupFilter ALL = new GroupFilter(null, null, null, null);

    public GroupFilter(
            @Nullable GroupStatus status, @Nullable String ward, @Nullable String category, @Nullable String text) {
        this(status, ward, category, text, null, false);
    }

    /** How far a group is along the readiness checklist: nothing done, part of it, all of it. */
    public enum ReadinessLevel {
        NONE,
        PARTLY,
        READY
    }
}
