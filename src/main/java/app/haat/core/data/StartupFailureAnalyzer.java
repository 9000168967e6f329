package app.haat.core.data;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unwritable data directory into one clear start-up message instead of a stack trace. */
public class StartupFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryNotWritableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryNotWritableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Make " + cause.path() + " writable for this user, or set HAAT_DATA_DIR to a folder that is.",
                cause);
    }
}
