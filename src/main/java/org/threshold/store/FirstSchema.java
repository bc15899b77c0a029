package org.threshold.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Version 1 of the schema, as first released: every table the app began with. Like every
 * released step it is never edited; later changes are steps of their own in {@link Schema}.
 */
final class FirstSchema {
    private FirstSchema() {
    }

    static void create(Connection connection) throws SQLException {
        Schema.run(connection, """
                CREATE TABLE workshop_session (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    session_date TEXT NOT NULL,
                    venue TEXT NOT NULL DEFAULT '',
                    facilitators TEXT NOT NULL DEFAULT '',
                    planned_minutes INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    anonymity_threshold INTEGER NOT NULL,
                    cursor_item INTEGER NOT NULL DEFAULT 0,
                    cursor_stage INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL)""",
                """
                CREATE TABLE session_agency (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    code TEXT NOT NULL,
                    name TEXT NOT NULL,
                    headcount INTEGER NOT NULL CHECK (headcount >= 0),
                    tables INTEGER NOT NULL CHECK (tables >= 0),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (session_id, code))""",
                """
                CREATE TABLE agenda_item (
                    id INTEGER PRIMARY KEY,
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    content_ref TEXT NOT NULL DEFAULT '',
                    planned_minutes INTEGER NOT NULL,
                    started_at TEXT,
                    ended_at TEXT)""",
                "CREATE INDEX agenda_item_session ON agenda_item(session_id, position)",
                """
                CREATE TABLE content_snapshot (
                    session_id INTEGER PRIMARY KEY REFERENCES workshop_session(id) ON DELETE CASCADE,
                    pack_id TEXT NOT NULL,
                    pack_version TEXT NOT NULL,
                    pack_json TEXT NOT NULL,
                    taken_at TEXT NOT NULL)""",
                """
                CREATE TABLE response (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                    stage_index INTEGER NOT NULL,
                    agency_code TEXT NOT NULL,
                    table_no INTEGER NOT NULL,
                    option_id TEXT NOT NULL,
                    count INTEGER NOT NULL CHECK (count >= 0),
                    source TEXT NOT NULL,
                    with_whom TEXT NOT NULL DEFAULT '',
                    basis TEXT NOT NULL DEFAULT '',
                    confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5),
                    rationale TEXT NOT NULL DEFAULT '',
                    recorded_at TEXT NOT NULL,
                    PRIMARY KEY (agenda_item_id, stage_index, agency_code, table_no, option_id))""",
                """
                CREATE TABLE reveal (
                    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                    stage_index INTEGER NOT NULL,
                    revealed_at TEXT NOT NULL,
                    PRIMARY KEY (agenda_item_id, stage_index))""",
                """
                CREATE TABLE trust_rating (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    phase TEXT NOT NULL,
                    from_agency TEXT NOT NULL,
                    to_agency TEXT NOT NULL,
                    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                    n INTEGER NOT NULL CHECK (n >= 0),
                    comment TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (session_id, phase, from_agency, to_agency))""",
                """
                CREATE TABLE confidence_rating (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    phase TEXT NOT NULL,
                    item_id TEXT NOT NULL,
                    agency_code TEXT NOT NULL,
                    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                    count INTEGER NOT NULL CHECK (count >= 0),
                    PRIMARY KEY (session_id, phase, item_id, agency_code, score))""",
                """
                CREATE TABLE myth_answer (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    item_id TEXT NOT NULL,
                    agency_code TEXT NOT NULL,
                    said_myth INTEGER NOT NULL CHECK (said_myth >= 0),
                    said_fact INTEGER NOT NULL CHECK (said_fact >= 0),
                    PRIMARY KEY (session_id, item_id, agency_code))""",
                """
                CREATE TABLE agency_card (
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    agency_code TEXT NOT NULL,
                    can_share TEXT NOT NULL DEFAULT '',
                    cannot_share TEXT NOT NULL DEFAULT '',
                    reach_us TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (session_id, agency_code))""",
                """
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY,
                    session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,
                    agenda_item_id INTEGER NOT NULL DEFAULT 0,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    owner_agency TEXT NOT NULL DEFAULT '',
                    created_at TEXT NOT NULL)""",
                "CREATE INDEX note_session ON note(session_id)",
                """
                CREATE TABLE journal (
                    id INTEGER PRIMARY KEY,
                    session_id INTEGER NOT NULL DEFAULT 0,
                    at TEXT NOT NULL,
                    action TEXT NOT NULL,
                    detail TEXT NOT NULL DEFAULT '')""",
                "CREATE INDEX journal_session ON journal(session_id, id)",
                """
                CREATE TRIGGER journal_append_only BEFORE UPDATE ON journal
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END""",
                """
                CREATE TABLE pack (
                    id TEXT PRIMARY KEY,
                    title TEXT NOT NULL,
                    version TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    json TEXT NOT NULL,
                    saved_at TEXT NOT NULL)""",
                """
                CREATE TABLE agenda_template (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    json TEXT NOT NULL,
                    saved_at TEXT NOT NULL)""",
                """
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL)""");
    }
}
