"""The outbox: one row per record version or audit event waiting for the server.

A row becomes *synced* only when the sync engine reports the server's
confirmation for that very entry; *failed* rows keep the server's reason.

Sync state is kept per server (schema 3): ``outbox_confirmations`` says which
server confirmed which row. The ``state`` column describes the *active* server;
:meth:`OutboxRepository.activate_server` recomputes it when the server changes,
so counting what waits stays one index lookup. A version whose record has a later
confirmed version is *superseded* and never sent again; a version the server
refused because someone else changed the record first (412) is a *conflict*.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .connection import Connection
from .timefmt import from_db, to_db


class OutboxState(str, Enum):
    PENDING = "pending"
    FAILED = "failed"
    SYNCED = "synced"
    SUPERSEDED = "superseded"   # a later version of the record is confirmed: never sent again
    CONFLICT = "conflict"       # 412: someone else changed the record on the server first


ACTIVE_SERVER_KEY = "sync.active_server"


@dataclass(frozen=True)
class OutboxEntry:
    """One thing to send: a record version (entity 'record') or an audit event ('audit')."""

    seq: int
    entity: str
    ref: str
    kind: str
    state: OutboxState
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str | None


@dataclass(frozen=True)
class OutboxCounts:
    pending: int = 0
    failed: int = 0
    synced: int = 0
    conflict: int = 0
    superseded: int = 0


_COLUMNS = "seq, entity, ref, kind, state, attempts, next_attempt_at, last_error"


def _entry(row: tuple) -> OutboxEntry:
    return OutboxEntry(row[0], row[1], row[2], row[3], OutboxState(row[4]), row[5],
                       from_db(row[6]) if row[6] else None, row[7])


class OutboxRepository:
    """Reads and moves outbox rows; writes happen inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, entity: str, ref: str, kind: str, now: dt.datetime) -> None:
        """Queue a record version or audit event for the server."""
        self._conn.execute("INSERT INTO outbox (entity, ref, kind, created_at) VALUES (?,?,?,?)",
                           (entity, ref, kind, to_db(now)))

    def ready(self, now: dt.datetime, limit: int, after_seq: int = 0) -> list[OutboxEntry]:
        """Pending rows whose next attempt is due, in the order they were written."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'pending' AND seq > ? "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY seq LIMIT ?",
            (after_seq, to_db(now), limit)).fetchall()
        return [_entry(r) for r in rows]

    def entries(self, state: OutboxState) -> list[OutboxEntry]:
        """All rows in one state, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE state = ? ORDER BY seq",
                                  (state.value,)).fetchall()
        return [_entry(r) for r in rows]

    def mark_synced(self, seqs: list[int], now: dt.datetime, server_versions: list[str | None],
                    server: str | None = None) -> None:
        """Record ``server``'s confirmation of each row (call only with confirmed rows).

        Earlier versions of the same records that still wait, failed or clashed are
        retired (superseded): sending one later would put older data over newer.
        """
        server = server if server is not None else self.active_server()
        when = to_db(now)
        self._conn.executemany(
            "UPDATE outbox SET state = 'synced', synced_at = ?, server_version = ?, last_error = NULL, "
            "attempts = attempts + 1 WHERE seq = ?",
            [(when, v, s) for s, v in zip(seqs, server_versions)])
        if server:
            self._conn.executemany(
                "INSERT INTO outbox_confirmations (server, seq, server_version, confirmed_at) VALUES (?,?,?,?) "
                "ON CONFLICT(server, seq) DO UPDATE SET server_version = excluded.server_version, "
                "confirmed_at = excluded.confirmed_at",
                [(server, s, v, when) for s, v in zip(seqs, server_versions)])
        for start in range(0, len(seqs), 500):   # one statement per 500 rows, not one per row
            chunk = seqs[start:start + 500]
            self._conn.execute(
                "UPDATE outbox SET state = 'superseded' WHERE entity = 'record' "
                "AND state IN ('pending', 'failed', 'conflict') AND ref IN ("
                "SELECT old.version_id FROM outbox o JOIN record_versions newer ON newer.version_id = o.ref "
                "JOIN record_versions old ON old.record_id = newer.record_id AND old.version < newer.version "
                f"WHERE o.seq IN ({','.join('?' * len(chunk))}) AND newer.version > 1)", chunk)

    def mark_conflict(self, seq: int, reason: str) -> None:
        """The server refused this version because the record changed there (412): show it, never resend it blindly."""
        self._conn.execute("UPDATE outbox SET state = 'conflict', last_error = ?, attempts = attempts + 1 "
                           "WHERE seq = ?", (reason, seq))

    def mark_local(self, seqs: list[int], reason: str = "Lokal endring: sendes ikke til serveren.") -> None:
        """Versions that are not for the server (local notes on an order from the municipal record): retired
        like a superseded version, never sent, never counted as waiting."""
        self._conn.executemany("UPDATE outbox SET state = 'superseded', last_error = ? WHERE seq = ?",
                               [(reason, s) for s in seqs])

    def mark_local_versions(self, version_ids: list[str],
                            reason: str = "Lokal endring: sendes ikke til serveren.") -> None:
        """:meth:`mark_local` for the rows of these record versions."""
        self._conn.executemany("UPDATE outbox SET state = 'superseded', last_error = ? "
                               "WHERE entity = 'record' AND ref = ?", [(reason, v) for v in version_ids])

    def mark_failed(self, seq: int, reason: str) -> None:
        """Park a row the server refused; it no longer blocks the rest."""
        self._conn.execute("UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1 "
                           "WHERE seq = ?", (reason, seq))

    def schedule_retry(self, seq: int, at: dt.datetime, reason: str) -> None:
        """Keep a row pending but try it again no sooner than ``at``."""
        self._conn.execute("UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempts = attempts + 1 "
                           "WHERE seq = ?", (to_db(at), reason, seq))

    def retry_failed(self, seqs: list[int] | None = None) -> int:
        """Put failed rows back in the queue (all, or the given ones).

        A failed version whose record has a later version (waiting or confirmed) is
        retired instead: the later one carries the record, and resending the old one
        could put it back over the newer on the server.
        """
        self._conn.execute(
            "UPDATE outbox SET state = 'superseded' WHERE state = 'failed' AND entity = 'record' AND ref IN ("
            "SELECT old.version_id FROM record_versions old JOIN record_versions newer "
            "ON newer.record_id = old.record_id AND newer.version > old.version "
            "JOIN outbox o ON o.ref = newer.version_id AND o.state IN ('pending', 'synced', 'conflict'))")
        if seqs is None:
            cur = self._conn.execute("UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
                                     "WHERE state = 'failed'")
        else:
            cur = self._conn.executemany("UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
                                         "WHERE state = 'failed' AND seq = ?", [(s,) for s in seqs])
        return cur.rowcount

    def synced_record_ids(self, record_ids: list[str]) -> set[str]:
        """Those of ``record_ids`` with at least one version the server has confirmed."""
        found: set[str] = set()
        for start in range(0, len(record_ids), 500):  # stay below SQLite's variable limit
            chunk = record_ids[start:start + 500]
            rows = self._conn.execute(
                "SELECT DISTINCT v.record_id FROM outbox o JOIN record_versions v ON v.version_id = o.ref "
                f"WHERE o.entity = 'record' AND o.state = 'synced' AND v.record_id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
            found.update(r[0] for r in rows)
        return found

    def counts(self) -> OutboxCounts:
        """How many rows are in each state (for the active server)."""
        found = dict(self._conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        return OutboxCounts(found.get("pending", 0), found.get("failed", 0), found.get("synced", 0),
                            found.get("conflict", 0), found.get("superseded", 0))

    def waiting(self) -> OutboxCounts:
        """Pending, failed and conflicting rows only ('synced' is left 0): index ranges, so it stays
        fast however many rows have been synced over the years (the status bar asks often)."""
        pending, failed, conflict = (
            self._conn.execute("SELECT count(*) FROM outbox WHERE state = ?", (state,)).fetchone()[0]
            for state in ("pending", "failed", "conflict"))
        return OutboxCounts(pending, failed, 0, conflict)

    # -- per server ------------------------------------------------------------------

    def active_server(self) -> str | None:
        """The server the ``state`` column describes (None before the first sync)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (ACTIVE_SERVER_KEY,)).fetchone()
        return row[0] if row else None

    def activate_server(self, server: str) -> bool:
        """Make ``server`` the one the states describe; True when it changed.

        Rows that server confirmed become synced; every other row that is not
        superseded waits again (a refusal or clash on another server says nothing
        about this one). Call inside a transaction.
        """
        if self.active_server() == server:
            return False
        self._conn.execute(
            "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, last_error = NULL "
            "WHERE state IN ('synced', 'failed', 'conflict') "
            "AND seq NOT IN (SELECT seq FROM outbox_confirmations WHERE server = ?)", (server,))
        self._conn.execute(
            "UPDATE outbox SET state = 'synced', last_error = NULL, server_version = "
            "(SELECT c.server_version FROM outbox_confirmations c WHERE c.server = ? AND c.seq = outbox.seq) "
            "WHERE state != 'superseded' AND seq IN (SELECT seq FROM outbox_confirmations WHERE server = ?)",
            (server, server))
        self._conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (ACTIVE_SERVER_KEY, server))
        return True

    def lacking(self, server: str) -> int:
        """How many rows ``server`` has not confirmed (superseded versions not counted): what a
        sync to it would send."""
        return self._conn.execute(
            "SELECT count(*) FROM outbox WHERE state != 'superseded' "
            "AND seq NOT IN (SELECT seq FROM outbox_confirmations WHERE server = ?)", (server,)).fetchone()[0]

    def server_versions(self, server: str, record_ids: list[str]) -> dict[str, str]:
        """record id → the server's versionId of the newest version ``server`` confirmed (for If-Match)."""
        return {k: v for k, (_, v) in self.confirmed_versions(server, record_ids).items()}

    def confirmed_versions(self, server: str, record_ids: list[str]) -> dict[str, tuple[int, str]]:
        """record id → (our version number, the server's versionId) of the newest version ``server`` confirmed."""
        found: dict[str, tuple[int, str]] = {}
        for start in range(0, len(record_ids), 500):
            chunk = record_ids[start:start + 500]
            rows = self._conn.execute(
                "SELECT v.record_id, v.version, c.server_version FROM outbox_confirmations c "
                "JOIN outbox o ON o.seq = c.seq JOIN record_versions v ON v.version_id = o.ref "
                f"WHERE c.server = ? AND c.server_version IS NOT NULL AND v.record_id IN "
                f"({','.join('?' * len(chunk))})", [server, *chunk]).fetchall()
            for record_id, version, server_version in rows:
                if record_id not in found or found[record_id][0] < version:
                    found[record_id] = (version, server_version)
        return found

    def identities(self, server: str) -> dict[tuple[str, str], str]:
        """(resource type, our id) → the id ``server`` knows that person by."""
        rows = self._conn.execute("SELECT resource_type, local_id, server_id FROM sync_identities WHERE server = ?",
                                  (server,)).fetchall()
        return {(t, local): remote for t, local, remote in rows}

    def save_identity(self, server: str, resource_type: str, local_id: str, server_id: str) -> None:
        """Remember the server's id for a person (call inside a transaction)."""
        self._conn.execute(
            "INSERT INTO sync_identities (server, resource_type, local_id, server_id) VALUES (?,?,?,?) "
            "ON CONFLICT(server, resource_type, local_id) DO UPDATE SET server_id = excluded.server_id",
            (server, resource_type, local_id, server_id))
