package app.haat.core.data;

import java.nio.file.Path;

public class DataDirectoryNotWritableException extends RuntimeException {

    private final transient Path path;

    public DataDirectoryNotWritableException(Path path, Exception cause) {
        super(
                "Data directory " + path + " is not writable (" + cause + "); set HAAT_DATA_DIR to a writable folder",
                cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
