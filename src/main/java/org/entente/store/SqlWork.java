package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the library's connection, inside a read or a write transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
