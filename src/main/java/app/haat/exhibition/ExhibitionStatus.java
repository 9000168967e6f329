package app.haat.exhibition;

import org.jspecify.annotations.Nullable;

/** The lifecycle of an exhibition; each step is taken by an officer (allocation by the allocator). */
public enum ExhibitionStatus {
    DRAFT,
    OPEN,
    CLOSED,
    ALLOCATED,
    PUBLISHED,
    RUNNING,
    FINISHED,
    /** Called off, with a reason, before it finished: no step follows, nothing of it counts against any group. */
    CANCELLED;

    /** The one step that may follow this one, or null at the end. */
    public @Nullable ExhibitionStatus next() {
        return this == FINISHED || this == CANCELLED ? null : values()[ordinal() + 1];
    }

    /** Whether it may still be cancelled: any state before it finished. */
    public boolean cancellable() {
        return this != FINISHED && this != CANCELLED;
    }
}
