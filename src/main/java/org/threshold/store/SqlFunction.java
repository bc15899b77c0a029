package org.threshold.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the store's one connection, on the store's own thread. */
@FunctionalInterface
interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
