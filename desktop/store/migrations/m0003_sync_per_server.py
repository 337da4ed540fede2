"""Schema 3: sync state per server, retired and conflicting versions, adopted server ids.

* ``outbox.state`` gains ``superseded`` (a later version of the record is confirmed:
  this one is never sent again) and ``conflict`` (the server refused the version
  with 412 because someone else changed the record: the worker must see it).
  SQLite cannot change a CHECK constraint, so the table is rebuilt (same seq values).
* ``outbox_confirmations``: which server confirmed which row, and the server's
  versionId for it. ``outbox.state`` describes the *active* server
  (``meta['sync.active_server']``); switching servers recomputes it from here.
  Rows already synced are credited to the server configured when this migration
  runs (the only one they can have been sent to).
* ``sync_identities``: the id a server gave a person we know by identifier
  (a Patient by national id, a Practitioner by HPR number), so every reference
  to that person uses the server's resource instead of creating a second one.
* A failed version whose record already has a later synced version is superseded
  (the old "retry" would have reverted the server to it).
"""

SQL = """
CREATE TABLE outbox_v3 (
    seq              INTEGER PRIMARY KEY,
    entity           TEXT NOT NULL CHECK (entity IN ('record', 'audit')),
    ref              TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'failed', 'synced', 'superseded', 'conflict')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    synced_at        TEXT,
    server_version   TEXT
);
INSERT INTO outbox_v3 (seq, entity, ref, kind, state, attempts, next_attempt_at, last_error, created_at,
                       synced_at, server_version)
    SELECT seq, entity, ref, kind, state, attempts, next_attempt_at, last_error, created_at, synced_at,
           server_version FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v3 RENAME TO outbox;
CREATE INDEX outbox_state ON outbox (state, seq);
CREATE TABLE outbox_confirmations (
    server          TEXT NOT NULL,
    seq             INTEGER NOT NULL REFERENCES outbox(seq),
    server_version  TEXT,
    confirmed_at    TEXT NOT NULL,
    PRIMARY KEY (server, seq)
) WITHOUT ROWID;
INSERT INTO outbox_confirmations (server, seq, server_version, confirmed_at)
    SELECT m.value, o.seq, o.server_version, coalesce(o.synced_at, o.created_at)
    FROM outbox o JOIN meta m ON m.key = 'sync.server_url' AND m.value != ''
    WHERE o.state = 'synced';
INSERT INTO meta (key, value)
    SELECT 'sync.active_server', value FROM meta WHERE key = 'sync.server_url' AND value != '';
CREATE TABLE sync_identities (
    server         TEXT NOT NULL,
    resource_type  TEXT NOT NULL,
    local_id       TEXT NOT NULL,
    server_id      TEXT NOT NULL,
    PRIMARY KEY (server, resource_type, local_id)
) WITHOUT ROWID;
UPDATE outbox SET state = 'superseded'
    WHERE entity = 'record' AND state = 'failed' AND ref IN (
        SELECT old.version_id FROM record_versions old
        JOIN record_versions newer ON newer.record_id = old.record_id AND newer.version > old.version
        JOIN outbox o ON o.ref = newer.version_id AND o.state = 'synced');
"""
