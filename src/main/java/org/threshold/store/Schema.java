package org.threshold.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, one migration per released version. A released step is never edited: a change
 * to the schema is a new step at the end, with a fixture database for the version before it.
 */
final class Schema {
    private Schema() {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "sessions, agendas, responses, measures, notes, journal, packs", FirstSchema::create),
            new Migration(2, "indexes for large sessions and long workshop lists", Schema::version2),
            new Migration(3, "trust grid don't know, myth-or-fact rounds before and after", Schema::version3),
            new Migration(4, "phones in the room: devices, their answers, closed questions", Schema::version4),
            new Migration(5, "where we stand: journey, readiness, actions linked to statements, partnerships",
                    Schema::version5));

    /**
     * A session's answers were found by scanning every session's rows, and deleting a session
     * scanned them again for its cascade; the home list sorted every workshop on each refresh.
     */
    private static void version2(Connection connection) throws SQLException {
        run(connection,
                "CREATE INDEX response_session ON response(session_id, agenda_item_id, stage_index, agency_code, table_no, "
                        + "option_id)",
                "CREATE INDEX workshop_session_listed ON workshop_session(session_date DESC, updated_at DESC)");
    }

    /**
     * "Don't know / no contact" in the trust grid is not a score, so it lives beside the scores,
     * not among them. Myth-or-fact answers gain the round they were given in; the rounds already
     * held were the only one of their session, and stay as its first.
     */
    private static void version3(Connection connection) throws SQLException {
        run(connection, """
                CREATE TABLE trust_dont_know (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    phase TEXT NOT NULL,
                    from_agency TEXT NOT NULL,
                    to_agency TEXT NOT NULL,
                    n INTEGER NOT NULL CHECK (n >= 0),
                    comment TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (session_id, phase, from_agency, to_agency))""",
                """
                CREATE TABLE myth_answer_by_round (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    phase TEXT NOT NULL,
                    item_id TEXT NOT NULL,
                    agency_code TEXT NOT NULL,
                    said_myth INTEGER NOT NULL CHECK (said_myth >= 0),
                    said_fact INTEGER NOT NULL CHECK (said_fact >= 0),
                    PRIMARY KEY (session_id, phase, item_id, agency_code))""",
                """
                INSERT INTO myth_answer_by_round (session_id, phase, item_id, agency_code, said_myth, said_fact)
                SELECT session_id, 'BASELINE', item_id, agency_code, said_myth, said_fact FROM myth_answer""",
                "DROP TABLE myth_answer",
                "ALTER TABLE myth_answer_by_round RENAME TO myth_answer");
    }

    /**
     * Phones in the room. A device is stored as a digest of its token, never the token, and with
     * nothing about its holder; its answers are keyed by question and device, so a change replaces.
     */
    private static void version4(Connection connection) throws SQLException {
        run(connection, """
                CREATE TABLE phone_room (
                    session_id INTEGER PRIMARY KEY REFERENCES workshop_session(id) ON DELETE CASCADE,
                    join_code TEXT NOT NULL,
                    code_generation INTEGER NOT NULL CHECK (code_generation >= 1),
                    phones_on INTEGER NOT NULL DEFAULT 0,
                    updated_at TEXT NOT NULL)""",
                """
                CREATE TABLE device (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    agency_code TEXT NOT NULL,
                    code_generation INTEGER NOT NULL,
                    joined_at TEXT NOT NULL,
                    PRIMARY KEY (session_id, id))""",
                """
                CREATE TABLE device_answer (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                    stage_index INTEGER NOT NULL,
                    device TEXT NOT NULL,
                    part TEXT NOT NULL DEFAULT '',
                    agency_code TEXT NOT NULL,
                    value TEXT NOT NULL DEFAULT '',
                    with_whom TEXT NOT NULL DEFAULT '',
                    basis TEXT NOT NULL DEFAULT '',
                    confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5),
                    text TEXT NOT NULL DEFAULT '',
                    moderation TEXT NOT NULL DEFAULT 'PENDING',
                    recorded_at TEXT NOT NULL,
                    PRIMARY KEY (agenda_item_id, stage_index, device, part))""",
                "CREATE INDEX device_answer_session ON device_answer(session_id)",
                """
                CREATE TABLE answering_closed (
                    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                    stage_index INTEGER NOT NULL,
                    closed_at TEXT NOT NULL,
                    PRIMARY KEY (agenda_item_id, stage_index))""");
    }

    /**
     * "Where we stand": where each agency places the partnership on the journey, its readiness
     * ratings, actions linked to a statement with a due date, the partnership a workshop is for,
     * and what became of an earlier workshop's actions.
     */
    private static void version5(Connection connection) throws SQLException {
        run(connection,
                "ALTER TABLE workshop_session ADD COLUMN partnership TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE note ADD COLUMN statement_id TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE note ADD COLUMN due_date TEXT",
                """
                CREATE TABLE journey_placement (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    agency_code TEXT NOT NULL,
                    table_no INTEGER NOT NULL CHECK (table_no >= 0),
                    stage_id TEXT NOT NULL,
                    count INTEGER NOT NULL CHECK (count >= 0),
                    source TEXT NOT NULL,
                    PRIMARY KEY (session_id, agency_code, table_no, stage_id))""",
                """
                CREATE TABLE readiness_rating (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    statement_id TEXT NOT NULL,
                    agency_code TEXT NOT NULL,
                    table_no INTEGER NOT NULL CHECK (table_no >= 0),
                    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
                    count INTEGER NOT NULL CHECK (count >= 0),
                    source TEXT NOT NULL,
                    PRIMARY KEY (session_id, statement_id, agency_code, table_no, score))""",
                """
                CREATE TABLE action_review (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    from_session_uid TEXT NOT NULL,
                    from_title TEXT NOT NULL,
                    from_date TEXT NOT NULL,
                    action_created_at TEXT NOT NULL,
                    text TEXT NOT NULL,
                    owner_agency TEXT NOT NULL DEFAULT '',
                    statement_id TEXT NOT NULL DEFAULT '',
                    due_date TEXT,
                    status TEXT NOT NULL,
                    PRIMARY KEY (session_id, from_session_uid, action_created_at, text))""");
    }

    /** Runs each statement in turn, within the migration's transaction. */
    static void run(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
