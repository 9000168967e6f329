package app.haat.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Files under the data directory: the default, for one node. Written through a temporary file, so never half. */
public final class LocalFileStore implements FileStore {

    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".part-", ".tmp");
        try {
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public byte[] get(String key) throws IOException {
        return Files.readAllBytes(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public List<String> keys(String prefix) throws IOException {
        Path folder = root.resolve(prefix.contains("/") ? prefix.substring(0, prefix.lastIndexOf('/')) : "");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(k -> k.startsWith(prefix)
                            && !k.substring(k.lastIndexOf('/') + 1).startsWith(".part-"))
                    .toList();
        }
    }

    @Override
    public String describe() {
        return "data directory " + root;
    }

    private Path path(String key) {
        Path path = root.resolve(FileStore.checked(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return path;
    }
}
