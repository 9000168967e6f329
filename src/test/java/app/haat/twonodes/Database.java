package app.haat.twonodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The one PostgreSQL both nodes use, read and set up by the proof over plain JDBC (one connection for queries). */
final class Database {

    private final String url;
    private final String user;
    private final String password;
    private Connection shared;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** A connection of its own, for a transaction; the caller closes it. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private synchronized Connection shared() throws SQLException {
        if (shared == null || shared.isClosed()) {
            shared = connect();
        }
        return shared;
    }

    long count(String sql, Object... args) throws SQLException {
        return longs(sql, args).getFirst();
    }

    List<Long> longs(String sql, Object... args) throws SQLException {
        return column(sql, rows -> rows.getLong(1), args);
    }

    List<String> strings(String sql, Object... args) throws SQLException {
        return column(sql, rows -> rows.getString(1), args);
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private synchronized <T> List<T> column(String sql, Column<T> column, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(shared(), sql, args);
                ResultSet rows = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(column.read(rows));
            }
            return values;
        }
    }

    synchronized int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(shared(), sql, args)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
