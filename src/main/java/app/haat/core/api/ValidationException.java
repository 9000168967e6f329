package app.haat.core.api;

import java.util.List;

/**
 * Input that breaks a rule. Carries translation keys (for the UI) and English messages (for the API) side by side.
 */
public class ValidationException extends RuntimeException {

    private final List<String> errors;
    private final transient Object[] params;

    public ValidationException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
        this.params = new Object[0];
    }

    public ValidationException(String error) {
        this(List.of(error));
    }

    /** One refusal whose key has placeholders, filled with the values (e.g. the amounts that do not add up). */
    public ValidationException(String error, Object... params) {
        super(error);
        this.errors = List.of(error);
        this.params = params.clone();
    }

    public List<String> errors() {
        return errors;
    }

    /** Values for the first key's placeholders (none for most refusals). */
    public Object[] params() {
        return params.clone();
    }
}
