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
    FINISHED;

    /** The one step that may follow this one, or null at the end. */
    public @Nullable ExhibitionStatus next() {
        return this == FINISHED ? null : values()[ordinal() + 1];
    }
}
