"""Schema 1: append-only record versions, current heads, outbox, audit log."""

SQL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per version of a record. Never updated, never deleted.
CREATE TABLE record_versions (
    seq          INTEGER PRIMARY KEY,
    version_id   TEXT NOT NULL UNIQUE,
    record_id    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    client_id    TEXT,
    occurred_at  TEXT NOT NULL,   -- UTC ISO 8601, sortable as text
    recorded_at  TEXT NOT NULL,
    author_hpr   TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    status       TEXT NOT NULL,
    replaces     TEXT,
    payload      TEXT NOT NULL,   -- the record as JSON
    UNIQUE (record_id, version)
);
CREATE TRIGGER record_versions_append_only_u BEFORE UPDATE ON record_versions
BEGIN SELECT RAISE(ABORT, 'record versions are append-only'); END;
CREATE TRIGGER record_versions_append_only_d BEFORE DELETE ON record_versions
BEGIN SELECT RAISE(ABORT, 'record versions are append-only'); END;

-- The current version of each record: an index, not journal content.
CREATE TABLE record_heads (
    record_id    TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    client_id    TEXT,
    version_seq  INTEGER NOT NULL REFERENCES record_versions(seq),
    version      INTEGER NOT NULL,
    occurred_at  TEXT NOT NULL,
    status       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX record_heads_client ON record_heads (client_id, kind, occurred_at);
CREATE INDEX record_heads_kind ON record_heads (kind, occurred_at);

-- What waits for the server: one row per record version or audit event.
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY,
    entity           TEXT NOT NULL CHECK (entity IN ('record', 'audit')),
    ref              TEXT NOT NULL UNIQUE,   -- version_id or audit event_id
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed', 'synced')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    synced_at        TEXT,
    server_version   TEXT
);
CREATE INDEX outbox_state ON outbox (state, seq);

-- Who read or wrote what, when. Never updated, never deleted.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    actor_name  TEXT NOT NULL,
    actor_hpr   TEXT NOT NULL,
    action      TEXT NOT NULL,
    client_id   TEXT,
    record_id   TEXT,
    detail      TEXT NOT NULL DEFAULT '',
    device_id   TEXT NOT NULL
);
CREATE INDEX audit_log_client ON audit_log (client_id, at);
CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_d BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
