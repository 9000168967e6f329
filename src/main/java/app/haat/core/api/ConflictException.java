package app.haat.core.api;

import org.jspecify.annotations.Nullable;

/** The change clashes with data already there (a duplicate, a stale version); the message is a translation key. */
public class ConflictException extends RuntimeException {

    private final transient Object[] params;

    public ConflictException(@Nullable String message, Object... params) {
        super(message);
        this.params = params.clone();
    }

    /** Values for the key's placeholders, e.g. the title of the clashing exhibition. */
    public Object[] params() {
        return params.clone();
    }
}
