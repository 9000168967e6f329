package app.haat.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's own {@code pg_dump} and {@code pg_restore} for backups: one dump is one snapshot of the database (a
 * single REPEATABLE READ transaction inside pg_dump), so it is consistent while the portal serves. The tools are
 * taken from the newest {@code /usr/lib/postgresql/<major>/bin} (where Debian's {@code postgresql-client} puts
 * them), else from the PATH; a pg_dump older than the server refuses, and that message is passed on.
 */
final class PostgresTools {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?;]+).*");
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    private static final long TIMEOUT_MINUTES = 60;

    /** A database to dump or restore into, read from the JDBC URL and the datasource's account. */
    record Target(String host, int port, String database, String user, String password) {}

    private PostgresTools() {}

    /** The target of a PostgreSQL JDBC URL; empty for any other database. */
    static Optional<Target> target(@Nullable String jdbcUrl, @Nullable String user, @Nullable String password) {
        Matcher m = jdbcUrl == null ? null : URL.matcher(jdbcUrl);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Target(
                m.group(1),
                m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)),
                m.group(3),
                user == null ? "" : user,
                password == null ? "" : password));
    }

    /** The tool's path, the newest installed major version first; empty when PostgreSQL's client is not installed. */
    static Optional<Path> tool(String name) {
        if (Files.isDirectory(DEBIAN)) {
            try (Stream<Path> majors = Files.list(DEBIAN)) {
                Optional<Path> newest = majors.filter(
                                major -> Files.isExecutable(major.resolve("bin").resolve(name)))
                        .max(Comparator.comparingInt(PostgresTools::major))
                        .map(major -> major.resolve("bin").resolve(name));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to the PATH
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The database in pg_dump's custom format, written to the file. */
    static void dump(Target target, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                require("pg_dump").toString(), "--format=custom", "--no-owner", "--no-privileges", "--file=" + file));
        command.addAll(connection(target));
        run(command, target);
    }

    /**
     * The dump put back into the target database in one transaction: what the dump holds is dropped first and made
     * again, so the database afterwards is the one the dump was taken of.
     */
    static void restore(Target target, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                require("pg_restore").toString(),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error"));
        command.addAll(connection(target));
        command.add(file.toString());
        run(command, target);
    }

    /**
     * After a restore, the search change log starts again far beyond any position a node's index may hold: its rows
     * are replaced by one harmless row (group 0, which does not exist) with an id from the clock (milliseconds ×
     * 1,000, above any id issued before), and the nodes' recorded positions are dropped. Every node's index then
     * counts as older than the log and is rebuilt from the restored database when the node starts, however many
     * changes another node wrote before it (ids the restored sequence would hand out again could not be told apart
     * from ones a node had applied before the restore).
     */
    static void restartSearchLog(Target target, long jump) throws IOException {
        String sql = "DELETE FROM search_change; DELETE FROM node_position;"
                + " ALTER TABLE search_change ALTER COLUMN id RESTART WITH " + (jump + 1) + ";"
                + " INSERT INTO search_change (id, entity_kind, entity_id, operation, written_by, created_at)"
                + " VALUES (" + jump + ", 'GROUP', 0, 'UPSERT', 'restore', now());";
        List<String> command = new ArrayList<>(
                List.of(require("psql").toString(), "--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1", "-c", sql));
        command.addAll(connection(target));
        run(command, target);
    }

    private static List<String> connection(Target target) {
        return List.of(
                "--host=" + target.host(),
                "--port=" + target.port(),
                "--username=" + target.user(),
                "--dbname=" + target.database(),
                "--no-password");
    }

    private static Path require(String name) {
        return tool(name)
                .orElseThrow(() -> new IllegalStateException(name
                        + " was not found; install PostgreSQL's client (postgresql-client) of the server's version"));
    }

    private static void run(List<String> command, Target target) throws IOException {
        Path log = Files.createTempFile("haat-pg-", ".log");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PGPASSWORD", target.password());
            Process process = builder.start();
            boolean done = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!done) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException(Path.of(command.getFirst()).getFileName() + " failed: "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The major version a folder under /usr/lib/postgresql is named by. */
    private static int major(Path folder) {
        try {
            return Integer.parseInt(String.valueOf(folder.getFileName()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
