package app.haat.core.api;

import java.util.List;

/**
 * Input that breaks a rule. Carries translation keys (for the UI) and English messages (for the API) side by side.
 */
public class ValidationException extends RuntimeException {

    private final List<String> errors;

    public ValidationException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}
