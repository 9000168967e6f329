package app.haat.core.api;

/** The change clashes with data already there (a duplicate, a stale version). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
