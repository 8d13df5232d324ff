package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC steps the stores share: a query's rows read into records, the first of them, a
 * statement run for its count or for the id it returns. Parameters are bound in order with
 * {@link PreparedStatement#setObject}: SQLite binds a Long, Integer or String as it would with
 * setLong, setInt or setString, and null as NULL.
 */
final class Sql {
    private Sql() {}

    /** Reads one record from the current row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The rows of {@code sql} with its parameters bound to {@code args}, each read by {@code row}, in the query's order. */
    static <T> List<T> list(Connection c, String sql, RowReader<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row.read(rs));
            }
            return out;
        }
    }

    /** The first of {@code rows}, if any. */
    static <T> Optional<T> first(List<T> rows) { return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0)); }

    /** Runs an INSERT, UPDATE or DELETE with its parameters bound to {@code args}; the number of rows it changed. */
    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /**
     * Runs an INSERT or UPDATE that ends in {@code RETURNING id}; the id of the row written. An
     * UPDATE that finds no row fails with "no {@code what} with id {@code id}".
     */
    static long returningId(Connection c, String sql, String what, long id, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no " + what + " with id " + id);
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    }
}
