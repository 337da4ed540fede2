"""Schema 5 (the pull): what came from the server, the caseload, watermarks, and the one deletion.

* ``server_records``: one row per server resource the pull has applied locally — which
  local record it became (a CAVE entry points at its client's record), the server's
  ``versionId`` and ``lastUpdated``, the resource's own status there, and when and how it
  last *changed* after it was first pulled (the Medication tab's banner). A row here is
  the "from server" flag: the record is the server's (orders and CAVE are the prescriber's,
  read-only here) and never pushed back as a whole.
* ``caseload``: the clients the server says are the worker's (CareTeam participant, or a
  configured Group), when each was last brought up to date, and ``removed_at`` once it
  left: its records are purged when everything written for it is confirmed.
* ``pull_watermarks``: the server time (with an overlap) up to which each server's
  changes have been pulled, for ``_lastUpdated=gt…``.
* ``purge_permits`` and a narrower delete trigger on ``record_versions``: the journal is
  append-only, except for one explicit act — removing a client who left the caseload
  from this device. The purge writes a permit for that one client, deletes, and removes
  the permit, all in one transaction (``desktop.store.purge``); any other DELETE is still
  refused by the trigger. UPDATE stays refused always.
"""

SQL = """
CREATE TABLE server_records (
    server         TEXT NOT NULL,
    resource_type  TEXT NOT NULL,
    server_id      TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    kind           TEXT NOT NULL,
    client_id      TEXT,
    version_id     TEXT,
    last_updated   TEXT,
    server_status  TEXT NOT NULL DEFAULT 'active',
    local_version  INTEGER,
    pulled_at      TEXT NOT NULL,
    changed_at     TEXT,
    change         TEXT,
    author_name    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (server, resource_type, server_id)
) WITHOUT ROWID;
CREATE INDEX server_records_record ON server_records (record_id);
CREATE INDEX server_records_client ON server_records (client_id);
CREATE TABLE caseload (
    server       TEXT NOT NULL,
    client_id    TEXT NOT NULL,
    patient_id   TEXT NOT NULL,
    via          TEXT NOT NULL,
    joined_at    TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    removed_at   TEXT,
    PRIMARY KEY (server, client_id)
) WITHOUT ROWID;
CREATE TABLE pull_watermarks (
    server      TEXT NOT NULL,
    scope       TEXT NOT NULL,
    watermark   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (server, scope)
) WITHOUT ROWID;
CREATE TABLE purge_permits (
    client_id   TEXT PRIMARY KEY
) WITHOUT ROWID;
DROP TRIGGER record_versions_append_only_d;
CREATE TRIGGER record_versions_append_only_d BEFORE DELETE ON record_versions
WHEN OLD.client_id IS NULL OR OLD.client_id NOT IN (SELECT client_id FROM purge_permits)
BEGIN SELECT RAISE(ABORT, 'record versions are append-only'); END;
"""
