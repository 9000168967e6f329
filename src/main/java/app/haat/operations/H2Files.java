package app.haat.operations;

import java.nio.file.Path;
import java.util.Optional;

/** Where an embedded H2 database keeps its file, read from its JDBC URL. */
final class H2Files {

    private static final String PREFIX = "jdbc:h2:file:";

    private H2Files() {}

    /** The .mv.db file of a file-mode H2 URL; empty for any other database. */
    static Optional<Path> databaseFile(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(PREFIX.length());
        int semicolon = rest.indexOf(';');
        String base = semicolon < 0 ? rest : rest.substring(0, semicolon);
        return Optional.of(Path.of(base + ".mv.db").toAbsolutePath().normalize());
    }

    static String quote(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
