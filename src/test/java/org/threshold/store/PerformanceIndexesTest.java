package org.threshold.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema v2: a session's answers and the workshop list are read through indexes, not by scanning every row. */
class PerformanceIndexesTest {
    private static final String SESSION_ANSWERS = "SELECT * FROM response WHERE session_id = 1 "
            + "ORDER BY agenda_item_id, stage_index, agency_code, table_no, option_id";
    private static final String ITEM_ANSWERS = "SELECT * FROM response WHERE session_id = 1 AND agenda_item_id = 2";
    private static final String STAGE_ANSWERS = "SELECT * FROM response WHERE agenda_item_id = 2 AND stage_index = 0";
    private static final String WORKSHOP_LIST = "SELECT * FROM workshop_session ORDER BY session_date DESC, updated_at DESC";

    @TempDir
    Path dir;

    @Test
    void migratingAVersion1FileAddsTheIndexesAndKeepsEveryRow() throws Exception {
        Path file = dir.resolve("v1.db");
        try (InputStream in = PerformanceIndexesTest.class.getResourceAsStream(SchemaFixtures.resourceName(1))) {
            Files.copy(in, file);
        }
        try (Database db = Database.open(file)) {
            List<String> indexes = db.read(c -> Jdbc.list(c, "SELECT name FROM sqlite_master WHERE type = 'index' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name", row -> row.getString(1)));
            assertTrue(indexes.containsAll(List.of("response_session", "workshop_session_listed")), indexes.toString());
            assertEquals("ok", StoreFixtures.integrity(db));
        }
    }

    @Test
    void theQueriesOfTheConsoleTheSummaryAndTheHomeListUseThem() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertUses(db, SESSION_ANSWERS, "response_session");
            assertUses(db, ITEM_ANSWERS, "response_session");
            assertUses(db, STAGE_ANSWERS, "sqlite_autoindex_response_1");
            assertUses(db, WORKSHOP_LIST, "workshop_session_listed");
        }
    }

    private static void assertUses(Database db, String sql, String index) {
        String plan = plan(db, sql);
        assertTrue(plan.contains("INDEX " + index), sql + " -> " + plan);
        // The list reads every workshop anyway; what the index saves it is the sort.
        assertTrue(!plan.contains("SCAN response") && !plan.contains("TEMP B-TREE"), sql + " -> " + plan);
    }

    private static String plan(Database db, String sql) {
        List<String> steps = db.read(c -> Jdbc.list(c, "EXPLAIN QUERY PLAN " + sql, row -> row.getString("detail")));
        return String.join("\n", steps);
    }
}
