package org.threshold.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One step of the schema, applied in its own transaction together with the user_version it reaches. */
record Migration(int version, String description, Step step) {
    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException;
    }
}
