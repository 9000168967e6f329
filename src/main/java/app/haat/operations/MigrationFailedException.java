package app.haat.operations;

public class MigrationFailedException extends RuntimeException {
    MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
