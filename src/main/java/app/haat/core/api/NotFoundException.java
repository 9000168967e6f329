package app.haat.core.api;

/** The record asked for does not exist (or the caller may not know it does); the message is a translation key. */
public class NotFoundException extends RuntimeException {

    private final transient Object[] params;

    public NotFoundException(String message, Object... params) {
        super(message);
        this.params = params.clone();
    }

    /** Values for the key's placeholders. */
    public Object[] params() {
        return params.clone();
    }
}
