package app.haat.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Whether an open H2 database holds its file: H2 locks the .mv.db file while the database is open. */
final class H2FileLock {

    private H2FileLock() {}

    static boolean isLocked(Path databaseFile) {
        if (!Files.exists(databaseFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true; // held by another process
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this process
        } catch (IOException e) {
            return true;
        }
    }
}
