package app.haat.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One clear start-up message for a failed migration instead of a stack trace. */
public class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFailedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationFailedException cause) {
        return new FailureAnalysis(
                "Database migration failed: " + cause.getMessage(),
                "Fix the migration in db-migrations/ and start again; the database was left as it was before it.",
                cause);
    }
}
