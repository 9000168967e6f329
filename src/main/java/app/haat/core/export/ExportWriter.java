package app.haat.core.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one export in the chosen format; a service call that checks the caller's scope before the first byte. */
@FunctionalInterface
public interface ExportWriter {
    void write(ExportFormat format, OutputStream out) throws IOException;
}
